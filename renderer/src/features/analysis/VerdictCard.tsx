// One evidence item's verdict with its reasons, validity by type, age profile and what contains it.
import { useTranslation } from 'react-i18next';
import type { AnalysisView } from '../../../../shared/api/contract';
import { reasonText } from '../../../../shared/report/analysis-text';
import { formatNumber } from '../../lib/format';
import { formatPercent } from '../../lib/percent';
import { useLanguage } from '../../state/language';
import { ClaimPanel } from '../claims/ClaimPanel';
import { AgeHistogram } from './AgeHistogram';
import { ValidityChart } from './ValidityChart';

type Item = AnalysisView['evidence'][number];

export function VerdictCard({ item, names, claims }: { item: Item; names: ReadonlyMap<string, string>; claims?: { caseId: string; onSaved(): Promise<void> } }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <article className={`verdict-card verdict-${item.verdict}`} data-evidence-id={item.evidenceId} aria-label={item.name}>
      <header className="verdict-head">
        <h4 className="verdict-name">{item.name}</h4>
        <span className={`verdict-badge verdict-badge-${item.verdict}`}>{t(`analysis.verdict.${item.verdict}`)}</span>
        <span className="muted">{t('analysis.records', { formatted: formatNumber(item.records, lang) })}</span>
        <span className="muted">{t('analysis.duplicates', { percent: formatPercent(item.duplicateRate, lang) })}</span>
      </header>
      <div className="verdict-body">
        <section className="verdict-reasons">
          <h5>{t('analysis.reasons')}</h5>
          <ul>
            {/* Reasons in the screen's language from their codes and figures; the core's English text only
                for an analysis stored before reasons had codes. */}
            {(item.reasonCodes ? item.reasonCodes.map((r) => reasonText(r, lang)) : item.reasons).map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          {item.containedIn.length > 0 && (
            <>
              <h5>{t('analysis.containedIn')}</h5>
              <ul>
                {item.containedIn.map((c) => (
                  <li key={c.evidenceId}>
                    {t('analysis.containedInRow', { percent: formatPercent(c.containment, lang), name: names.get(c.evidenceId) ?? c.evidenceId, shared: formatNumber(c.shared, lang) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <ValidityChart validity={item.validity} />
        <AgeHistogram histogram={item.ageHistogram} />
      </div>
      {claims && <ClaimPanel caseId={claims.caseId} item={item} onSaved={claims.onSaved} />}
    </article>
  );
}
