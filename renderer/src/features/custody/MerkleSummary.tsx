// The log's fingerprint: Merkle root over all entries, the tree size, the last signed checkpoint.
import { useTranslation } from 'react-i18next';
import type { CustodyLog } from '../../state/custody';
import { formatIst, formatNumber } from '../../lib/format';
import { useLanguage } from '../../state/language';

export function MerkleSummary({ log }: { log: CustodyLog }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <section className="side-card">
      <h3 className="section-title">{t('custody.merkleTitle')}</h3>
      <dl className="detail-grid merkle-grid">
        <dt>{t('custody.root')}</dt>
        <dd className="mono selectable merkle-root">{log.root ?? '—'}</dd>
        <dt>{t('custody.treeSize')}</dt>
        <dd>{formatNumber(log.treeSize, lang)}</dd>
        <dt>{t('custody.checkpoint')}</dt>
        <dd>{log.checkpointAt ? <time dateTime={log.checkpointAt}>{formatIst(log.checkpointAt, lang, { seconds: true })}</time> : t('custody.noCheckpoint')}</dd>
      </dl>
    </section>
  );
}
