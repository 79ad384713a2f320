// Asks why a raw value is needed before revealing it. The reason is required: it goes into the custody
// log with the row and column (or, on an image, the identifier's number).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { useErrorMessage } from '../../state/error-message';
import { useLanguage } from '../../state/language';

type RevealDialogProps = (
  | { row: number; column: string; intro?: undefined }
  /** Says what is about to be revealed, in place of the row and column (an identifier on an image). */
  | { intro: string; row?: undefined; column?: undefined }
) & {
  seconds: number;
  onReveal(reason: string): Promise<void>;
  onClose(): void;
};

export function RevealDialog({ row, column, intro, seconds, onReveal, onClose }: RevealDialogProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    if (!reason.trim()) return setError(t('records.revealReasonRequired'));
    setBusy(true);
    try {
      await onReveal(reason.trim());
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('records.revealTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('records.revealing') : t('records.revealConfirm')}
          </button>
        </>
      }
    >
      <p className="dialog-note">{intro ?? t('records.revealIntro', { row: formatNumber((row ?? 0) + 1, lang), column: column ?? '', seconds })}</p>
      <Field
        label={t('records.revealReason')}
        name="reveal-reason"
        value={reason}
        placeholder={t('records.revealReasonPlaceholder')}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
        error={error}
        maxLength={2000}
        autoFocusField
      />
    </Dialog>
  );
}
