// An evidence item's parse status as a small coloured badge (colour is never the only signal: the
// word is always there).
import { useTranslation } from 'react-i18next';
import type { EvidenceStatus } from '../../../../shared/api/contract';

const TONE: Record<EvidenceStatus, 'ok' | 'warn' | 'danger' | 'neutral'> = {
  parsed: 'ok',
  malformed: 'warn',
  unparsed: 'neutral',
  duplicate: 'neutral',
  failed: 'danger',
  cancelled: 'neutral',
};

export function StatusBadge({ status }: { status: EvidenceStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${TONE[status]}`}>{t(`evidence.status.${status}`)}</span>;
}
