// A revealed value as the grid and the record details both show it: the value, the seconds left before it
// is hidden again, and "Hide now".
import { useTranslation } from 'react-i18next';
import type { Revealed } from '../../state/reveal';

export function RevealedValue({ revealed, onHide }: { revealed: Revealed; onHide(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="revealed-value">{revealed.value ?? t('records.emptyValue')}</span>
      <span className="reveal-timer" aria-live="polite">
        {t('records.revealedFor', { seconds: revealed.secondsLeft })}
      </span>
      <button type="button" className="cell-button" onClick={onHide}>
        {t('records.hideNow')}
      </button>
    </>
  );
}
