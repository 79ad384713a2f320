// The import controls: an optional reason (recorded in the custody log with each file) and the button
// that opens the host's file dialog.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportBarProps {
  reason: string;
  onReason(reason: string): void;
  onImport(): void;
  busy: boolean;
}

export function ImportBar({ reason, onReason, onImport, busy }: ImportBarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="import-bar">
      <button type="button" className="button-primary" onClick={onImport} disabled={busy} title={t('evidence.importHint')}>
        {t('evidence.importFiles')}
      </button>
      <label htmlFor={id} className="import-reason-label">
        {t('evidence.reasonLabel')} <span className="field-optional">({t('common.optional')})</span>
      </label>
      <input id={id} name="import-reason" className="import-reason" value={reason} maxLength={2000} placeholder={t('evidence.reasonPlaceholder')} onChange={(e) => onReason(e.target.value)} disabled={busy} />
    </div>
  );
}
