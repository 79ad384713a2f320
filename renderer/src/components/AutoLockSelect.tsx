// Idle auto-lock setting. The core owns the timer; this only sends `vault.setAutoLock`.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const CHOICES = [0, 1, 5, 10, 15, 30, 60];

export function AutoLockSelect({ minutes, onChange, disabled }: { minutes: number; onChange(minutes: number): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  // Keep a value set elsewhere (e.g. by the CLI) visible even if it is not one of the usual choices.
  const choices = CHOICES.includes(minutes) ? CHOICES : [...CHOICES, minutes].sort((a, b) => a - b);
  return (
    <div className="status-field">
      <label htmlFor={id}>{t('shell.autoLock')}</label>
      <select id={id} value={minutes} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((m) => (
          <option key={m} value={m}>
            {m === 0 ? t('shell.autoLockOff') : t('shell.autoLockMinutes', { count: m })}
          </option>
        ))}
      </select>
    </div>
  );
}
