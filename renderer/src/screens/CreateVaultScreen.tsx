// First run: create the vault with the examiner's identity and a passphrase. The passphrase must be at
// least "fair" by the local estimate and typed twice; nothing is sent until the form is valid.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/api/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { PassphraseField } from '../components/PassphraseField';
import { StrengthMeter } from '../components/StrengthMeter';
import { VaultLayout } from '../components/VaultLayout';
import { estimateStrength, isPassphraseTooWeak } from '../lib/passphrase-strength';
import { useErrorMessage } from '../state/error-message';

interface Errors {
  name?: string;
  passphrase?: string;
  confirm?: string;
  form?: string;
}

export function CreateVaultScreen({ vaultPath, onCreated }: { vaultPath: string; onCreated(s: VaultStatus): void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState('');
  const [designation, setDesignation] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const estimate = useMemo(() => (passphrase ? estimateStrength(passphrase) : null), [passphrase]);

  function validate(): Errors {
    const e: Errors = {};
    if (!name.trim()) e.name = t('vault.errors.nameRequired');
    if (!passphrase) e.passphrase = t('vault.errors.passphraseRequired');
    else if (isPassphraseTooWeak(passphrase)) e.passphrase = t('vault.errors.tooWeak');
    else if (confirm !== passphrase) e.confirm = t('vault.errors.mismatch');
    return e;
  }

  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length > 0) {
      // Move focus to the first field that needs attention.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const status = await call('vault.create', {
        passphrase,
        examiner: { name: name.trim(), designation: designation.trim(), organisation: organisation.trim() },
      });
      setPassphrase('');
      setConfirm('');
      onCreated(status);
    } catch (err) {
      setErrors({ form: errorMessage(err) });
      setBusy(false);
    }
  }

  return (
    <VaultLayout title={t('vault.createTitle')} intro={t('vault.createIntro')} vaultPath={vaultPath}>
      <form ref={form} className="vault-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <fieldset disabled={busy}>
          <legend>{t('vault.examinerSection')}</legend>
          <Field
            label={t('vault.name')}
            name="examiner-name"
            value={name}
            placeholder={t('vault.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            autoComplete="name"
            maxLength={200}
            autoFocus
          />
          <div className="field-pair">
            <Field
              label={t('vault.designation')}
              name="examiner-designation"
              value={designation}
              placeholder={t('vault.designationPlaceholder')}
              onChange={(e) => setDesignation(e.target.value)}
              autoComplete="organization-title"
              maxLength={200}
            />
            <Field
              label={t('vault.organisation')}
              name="examiner-organisation"
              value={organisation}
              placeholder={t('vault.organisationPlaceholder')}
              onChange={(e) => setOrganisation(e.target.value)}
              autoComplete="organization"
              maxLength={200}
            />
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('vault.passphraseSection')}</legend>
          <PassphraseField
            label={t('vault.passphrase')}
            name="passphrase"
            value={passphrase}
            onChange={(v) => {
              setPassphrase(v);
              setErrors((e) => ({ ...e, passphrase: undefined, confirm: undefined }));
            }}
            error={errors.passphrase}
            autoComplete="new-password"
            below={<StrengthMeter estimate={estimate} />}
          />
          <PassphraseField
            label={t('vault.confirm')}
            name="confirm"
            value={confirm}
            onChange={(v) => {
              setConfirm(v);
              setErrors((e) => ({ ...e, confirm: undefined }));
            }}
            error={errors.confirm}
            autoComplete="new-password"
          />
          <p className="notice">{t('vault.noRecovery')}</p>
        </fieldset>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary button-large" disabled={busy}>
            {busy ? t('vault.creating') : t('vault.create')}
          </button>
        </div>
      </form>
    </VaultLayout>
  );
}
