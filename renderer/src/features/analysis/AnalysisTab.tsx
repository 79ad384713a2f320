// The Analysis tab: run (or re-run) the analysis, then a verdict card per evidence item and the overlap
// heat map between samples. Without evidence it explains that evidence comes first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatIst } from '../../lib/format';
import { useAnalysis } from '../../state/analysis';
import { splitAnalysed } from '../../state/analysed-items';
import { useErrorMessage } from '../../state/error-message';
import { useEvidenceList } from '../../state/evidence-list';
import { useLanguage } from '../../state/language';
import { OverlapHeatmap } from './OverlapHeatmap';
import { VerdictCard } from './VerdictCard';
import { useCoreText } from '../../lib/core-text';

export function AnalysisTab({ caseId, icon }: { caseId: string; icon: React.ReactNode }) {
  const { t } = useTranslation();
  const said = useCoreText();
  const [lang] = useLanguage();
  const errorMessage = useErrorMessage();
  const evidence = useEvidenceList(caseId);
  const state = useAnalysis(caseId);
  const { analysis } = state;
  const names = useMemo(() => new Map((evidence.items ?? []).map((e) => [e.id, e.name])), [evidence.items]);
  const split = useMemo(() => (analysis && evidence.items ? splitAnalysed(analysis, evidence.items) : null), [analysis, evidence.items]);

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
            {split!.evidence.map((item) => (
              <VerdictCard key={item.evidenceId} item={item} names={names} claims={{ caseId, onSaved: state.reload }} />
            ))}
          </div>
          {split!.notAnalysed.length > 0 && (
            <section className="not-analysed" aria-label={t('workspace.notAnalysedTitle')}>
              <h3>{t('workspace.notAnalysedTitle')}</h3>
              <p className="muted">{t('workspace.notAnalysedIntro')}</p>
              <ul>
                {split!.notAnalysed.map((e) => (
                  <li key={e.id} data-evidence-id={e.id}>
                    {t('workspace.notAnalysedItem', { name: e.name, status: t(`evidence.status.${e.status}`) })}
                    {e.reason && <span className="muted"> — {t('records.storedReason', { reason: said(e.reason, e.reasonText) })}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <OverlapHeatmap matrix={split!.matrix} names={names} />
        </>
      )}
    </div>
  );
}
