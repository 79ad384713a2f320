// Shows the passphrase strength estimate: a three-step bar, the level in words, the estimated bits,
// and what lowered the score. The level is also text, never colour alone.
import { useTranslation } from 'react-i18next';
import type { StrengthEstimate } from '../lib/passphrase-strength';

export function StrengthMeter({ estimate }: { estimate: StrengthEstimate | null }) {
  const { t } = useTranslation();
  if (!estimate) {
    return (
      <div className="strength" data-level="none">
        <div className="strength-bar" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
        <p className="strength-text">{t('strength.empty')}</p>
      </div>
    );
  }
  return (
    <div className="strength" data-level={estimate.level} data-testid="strength">
      <div className="strength-bar" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p className="strength-text" aria-live="polite">
        {t('strength.label')}: <strong className="strength-level">{t(`strength.${estimate.level}`)}</strong>
        <span className="strength-bits"> · {t('strength.bits', { bits: estimate.bits })}</span>
      </p>
      {estimate.level !== 'strong' && (
        <ul className="strength-findings">
          {estimate.findings.map((f) => (
            <li key={f}>{t(`strength.${f}`)}</li>
          ))}
          <li>{t('strength.advice')}</li>
        </ul>
      )}
    </div>
  );
}
