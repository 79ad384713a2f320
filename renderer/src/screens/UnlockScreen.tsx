// Unlock an existing vault. A wrong passphrase is an expected failure: said plainly, field kept focused.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/api/contract';
import type { LockReason } from '../../../shared/api/events';
import { call, isApiError } from '../api';
import { PassphraseField } from '../components/PassphraseField';
import { VaultLayout } from '../components/VaultLayout';
import { useErrorMessage } from '../state/error-message';

interface UnlockScreenProps {
  vaultPath: string;
  lockedBehindUs: boolean;
  /** Why the core locked it, when it said: the notice names sleep or a screen lock rather than inactivity. */
  lockReason?: LockReason | null;
  onUnlocked(s: VaultStatus): void;
}

export function UnlockScreen({ vaultPath, lockedBehindUs, lockReason = null, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setError(t('vault.errors.passphraseRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    setFormError(null);
    try {
      const status = await call('vault.unlock', { passphrase });
      setPassphrase('');
      onUnlocked(status);
    } catch (e) {
      if (isApiError(e, 'WRONG_PASSPHRASE')) setError(t('vault.errors.wrongPassphrase'));
      else setFormError(errorMessage(e));
      setBusy(false);
      // Select the text so the next attempt replaces it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('input[name="passphrase"]')?.select());
    }
  }

  return (
    <VaultLayout title={t('vault.unlockTitle')} intro={t('vault.unlockIntro')} vaultPath={vaultPath}>
      {lockedBehindUs && (
        <p className="notice notice-info" role="status">
          {t(lockReason === 'suspend' || lockReason === 'screen-lock' || lockReason === 'exit' ? 'vault.lockedOnSleepNotice' : 'vault.lockedNotice')}
        </p>
      )}
      <form ref={form} className="vault-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <PassphraseField
          label={t('vault.passphrase')}
          name="passphrase"
          value={passphrase}
          onChange={(v) => {
            setPassphrase(v);
            setError(null);
          }}
          error={error}
          autoComplete="current-password"
          autoFocusField
          disabled={busy}
        />
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary button-large" disabled={busy}>
            {busy ? t('vault.unlocking') : t('vault.unlock')}
          </button>
        </div>
      </form>
    </VaultLayout>
  );
}
