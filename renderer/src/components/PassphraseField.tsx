// A passphrase input with a Show/Hide toggle and a Caps Lock warning. The value lives only in the
// parent form's state and is cleared when the form unmounts; nothing is stored or logged.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  autoComplete: 'new-password' | 'current-password';
  autoFocusField?: boolean;
  disabled?: boolean;
  below?: ReactNode;
  name: string;
}

export function PassphraseField({ label, value, onChange, error, autoComplete, autoFocusField, disabled, below, name }: PassphraseFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const noteCaps = (e: React.KeyboardEvent<HTMLInputElement>) => setCapsLock(e.getModifierState('CapsLock'));
  return (
    <Field
      label={label}
      name={name}
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={noteCaps}
      onKeyUp={noteCaps}
      onBlur={() => setCapsLock(false)}
      autoComplete={autoComplete}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      disabled={disabled}
      error={error}
      autoFocusField={autoFocusField}
      className="field-passphrase"
      hint={capsLock ? <span className="caps-warning">{t('vault.capsLock')}</span> : undefined}
      below={below}
      addon={
        <button type="button" className="button-quiet field-addon" onClick={() => setVisible((v) => !v)} aria-pressed={visible} disabled={disabled}>
          {visible ? t('vault.hide') : t('vault.show')}
        </button>
      }
    />
  );
}
