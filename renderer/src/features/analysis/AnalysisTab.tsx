// The Analysis tab: run (or re-run) the analysis, then a verdict card per evidence item and the overlap
// heat map between samples. Without evidence it explains that evidence comes first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatIst } from '../../lib/format';
import { useAnalysis } from '../../state/analysis';
import { useErrorMessage } from '../../state/error-message';
import { useEvidenceList } from '../../state/evidence-list';
import { useLanguage } from '../../state/language';
import { OverlapHeatmap } from './OverlapHeatmap';
import { VerdictCard } from './VerdictCard';

export function AnalysisTab({ caseId, icon }: { caseId: string; icon: React.ReactNode }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const evidence = useEvidenceList(caseId);
  const state = useAnalysis(caseId);
  const { analysis } = state;
  const names = useMemo(() => new Map((evidence.items ?? []).map((e) => [e.id, e.name])), [evidence.items]);

  if (!evidence.items || !state.loaded) return null;
  if (evidence.items.length === 0)
    return <EmptyState icon={icon} title={t('analysis.noEvidenceTitle')} body={t('analysis.noEvidenceBody')} next={t('analysis.noEvidenceNext')} />;

  const runButton = (
    <button type="button" className="button-primary" onClick={() => void state.run()} disabled={state.running} title={t('analysis.runHint')}>
      {analysis ? t('analysis.rerun') : t('analysis.run')}
    </button>
  );

  return (
    <div className="analysis-tab">
      {state.error ? <ErrorBanner message={errorMessage(state.error)} onDismiss={() => void state.run()} /> : null}
      {state.running && (
        <p className="notice notice-info" role="status">
          {t('analysis.running')}
        </p>
      )}
      {!analysis ? (
        <EmptyState icon={icon} title={t('analysis.notRunTitle')} body={t('analysis.notRunBody')} action={runButton} />
      ) : (
        <>
          <div className="analysis-toolbar">
            {runButton}
            <span className="muted">{t('analysis.analysedAt', { time: formatIst(analysis.analysedAt, lang, { seconds: true }) })}</span>
          </div>
          <p className="clock-note">{t('analysis.caveat')}</p>
          <div className="verdict-list">
            {analysis.evidence.map((item) => (
              <VerdictCard key={item.evidenceId} item={item} names={names} />
            ))}
          </div>
          <OverlapHeatmap matrix={analysis.matrix} names={names} />
        </>
      )}
    </div>
  );
}
