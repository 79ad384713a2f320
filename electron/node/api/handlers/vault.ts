// vault.*: the vault session (create, unlock, lock, passphrase, re-key, auto-lock, status).
import type { HandlerDeps, Handlers } from './deps';

type VaultMethods = 'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'vault.rekey' | 'vault.setAutoLock';

export function vaultHandlers({ session }: HandlerDeps): Pick<Handlers, VaultMethods> {
  return {
    'vault.status': async () => session.status(),
    'vault.create': async (r) => session.create(r.passphrase, r.examiner),
    'vault.unlock': async (r) => session.unlock(r.passphrase),
    'vault.lock': async () => session.lock('user'),
    'vault.changePassphrase': async (r) => session.changePassphrase(r.current, r.next),
    'vault.rekey': async (r) => session.rekey(r.current),
    'vault.setAutoLock': async (r) => session.setAutoLock(r.minutes),
  };
}
