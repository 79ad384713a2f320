// A column's detected personal-data type and the detector's confidence, e.g. "AADHAAR 0.97".
import { useTranslation } from 'react-i18next';

/** "IN_AADHAAR" → "AADHAAR", "EMAIL_ADDRESS" → "EMAIL": short enough for a column header. */
export function shortType(piiType: string): string {
  return piiType.replace(/^IN_/, '').replace(/_ADDRESS$/, '').replace(/_/g, ' ');
}

/** The short type name in the screen's language ("AADHAAR", "आधार"); an unknown type by its code. */
export function useTypeName(): (piiType: string) => string {
  const { t } = useTranslation();
  return (piiType) => t(`records.typeShort.${piiType}`, { defaultValue: shortType(piiType) });
}

export function PiiBadge({ piiType, confidence }: { piiType: string; confidence: number }) {
  const { t } = useTranslation();
  const type = useTypeName()(piiType);
  const conf = confidence.toFixed(2);
  return (
    <span className={confidence >= 0.8 ? 'pii-badge' : 'pii-badge pii-badge-weak'} title={t('records.typeHint', { type: piiType, confidence: conf })}>
      {t('records.typeBadge', { type, confidence: conf })}
    </span>
  );
}
