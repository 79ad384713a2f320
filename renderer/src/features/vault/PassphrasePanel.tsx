// Change the vault passphrase: current + new + confirm, with the strength meter the vault was created with.
// A wrong current passphrase is named on its field and nothing typed is cleared; the core re-wraps the
// vault key and logs the change in the vault's custody log.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../api';
import { PassphraseField } from '../../components/PassphraseField';
import { StrengthMeter } from '../../components/StrengthMeter';
import { estimateStrength, isPassphraseTooWeak } from '../../lib/passphrase-strength';
import { useErrorMessage } from '../../state/error-message';

interface Errors {
  current?: string;
  next?: string;
  confirm?: string;
  form?: string;
}

export function PassphrasePanel() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const estimate = useMemo(() => (next ? estimateStrength(next) : null), [next]);

  function validate(): Errors {
    const e: Errors = {};
    if (!current) e.current = t('vaultSettings.passphrase.currentRequired');
    if (!next) e.next = t('vault.errors.passphraseRequired');
    else if (isPassphraseTooWeak(next)) e.next = t('vault.errors.tooWeak');
    else if (next === current) e.next = t('vaultSettings.passphrase.same');
    else if (confirm !== next) e.confirm = t('vault.errors.mismatch');
    return e;
  }

  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    if (busy) return;
    setDone(false);
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    try {
      await call('vault.changePassphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (err) {
      // Nothing changed in the vault; keep every field as typed so only the wrong one needs retyping.
      if (isApiError(err, 'WRONG_PASSPHRASE')) setErrors({ current: t('vaultSettings.passphrase.wrongCurrent') });
      else setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="vault-settings-panel" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="passphrase-panel">
      <p className="dialog-note">{t('vaultSettings.passphrase.intro')}</p>
      <fieldset disabled={busy}>
        <PassphraseField
          label={t('vaultSettings.passphrase.current')}
          name="current-passphrase"
          value={current}
          onChange={(v) => {
            setCurrent(v);
            setErrors((e) => ({ ...e, current: undefined }));
          }}
          error={errors.current}
          autoComplete="current-password"
          autoFocusField
        />
        <PassphraseField
          label={t('vaultSettings.passphrase.next')}
          name="new-passphrase"
          value={next}
          onChange={(v) => {
            setNext(v);
            setErrors((e) => ({ ...e, next: undefined, confirm: undefined }));
          }}
          error={errors.next}
          autoComplete="new-password"
          below={<StrengthMeter estimate={estimate} />}
        />
        <PassphraseField
          label={t('vaultSettings.passphrase.confirm')}
          name="confirm-passphrase"
          value={confirm}
          onChange={(v) => {
            setConfirm(v);
            setErrors((e) => ({ ...e, confirm: undefined }));
          }}
          error={errors.confirm}
          autoComplete="new-password"
        />
      </fieldset>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      {busy && (
        <div className="vault-settings-progress" role="status">
          <progress className="job-bar" aria-label={t('vaultSettings.passphrase.changing')} />
          <span>{t('vaultSettings.passphrase.changing')}</span>
        </div>
      )}
      {done && (
        <p className="notice notice-info" role="status" data-testid="passphrase-done">
          {t('vaultSettings.passphrase.done')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('vaultSettings.passphrase.change')}
        </button>
      </div>
    </form>
  );
}
