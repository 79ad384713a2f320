// vault.*: the vault session (create, unlock, lock, passphrase, re-key, auto-lock, status).
import type { HandlerDeps, Handlers } from './deps';

type VaultMethods = 'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'vault.rekey' | 'vault.setAutoLock';

export function vaultHandlers(wb: HandlerDeps): Pick<Handlers, VaultMethods> {
  return {
    'vault.status': async () => wb.status(),
    'vault.create': async (r) => wb.create(r.passphrase, r.examiner),
    'vault.unlock': async (r) => wb.unlock(r.passphrase),
    'vault.lock': async () => wb.lock('user'),
    'vault.changePassphrase': async (r) => wb.changePassphrase(r.current, r.next),
    'vault.rekey': async (r) => wb.rekey(r.current),
    'vault.setAutoLock': async (r) => wb.setAutoLock(r.minutes),
  };
}
