// Re-key the vault: a new vault key, every file re-encrypted under it. Explains what it does, asks for the
// current passphrase and an explicit confirmation, shows that it is running, and reports what was done.
// The core does the whole re-key in one step (it cannot be paused half-way), so the bar is indeterminate.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../api';
import { PassphraseField } from '../../components/PassphraseField';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

export function RekeyPanel() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ current?: string; confirm?: string; form?: string }>({});
  const [result, setResult] = useState<{ blobs: number; unreadable: number } | null>(null);

  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    if (busy) return;
    setResult(null);
    const e: typeof errors = {};
    if (!current) e.current = t('vaultSettings.passphrase.currentRequired');
    if (!understood) e.confirm = t('vaultSettings.rekey.confirmRequired');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    try {
      const r = await call('vault.rekey', { current });
      setCurrent('');
      setUnderstood(false);
      setResult({ blobs: r.blobs, unreadable: r.unreadable.length });
    } catch (err) {
      if (isApiError(err, 'WRONG_PASSPHRASE')) setErrors({ current: t('vaultSettings.passphrase.wrongCurrent') });
      else if (isApiError(err, 'CONFLICT')) setErrors({ form: t('vaultSettings.rekey.busy') });
      else setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="vault-settings-panel" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy} data-testid="rekey-panel">
      <p className="dialog-note">{t('vaultSettings.rekey.intro')}</p>
      <fieldset disabled={busy}>
        <PassphraseField
          label={t('vaultSettings.rekey.current')}
          name="rekey-passphrase"
          value={current}
          onChange={(v) => {
            setCurrent(v);
            setErrors((x) => ({ ...x, current: undefined }));
          }}
          error={errors.current}
          autoComplete="current-password"
        />
        <label className="check-row">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} name="rekey-understood" />
          <span>{t('vaultSettings.rekey.understand')}</span>
        </label>
        {errors.confirm && (
          <p className="field-error" role="alert">
            {errors.confirm}
          </p>
        )}
      </fieldset>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      {busy && (
        <div className="vault-settings-progress" role="status">
          <progress className="job-bar" aria-label={t('vaultSettings.rekey.running')} />
          <span>{t('vaultSettings.rekey.running')}</span>
        </div>
      )}
      {result && (
        <p className="notice notice-info" role="status" data-testid="rekey-done">
          {t('vaultSettings.rekey.done', { count: result.blobs, formatted: formatNumber(result.blobs, lang) })}
          {result.unreadable > 0 && <> {t('vaultSettings.rekey.unreadable', { count: result.unreadable, formatted: formatNumber(result.unreadable, lang) })}</>}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('vaultSettings.rekey.start')}
        </button>
      </div>
    </form>
  );
}
