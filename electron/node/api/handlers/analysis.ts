// analysis.*: run the authenticity analysis, read the latest, record a claim about a sample.
import { appendEvent } from '../../store/events';
import { getCase } from '../../store/cases';
import { getEvidence } from '../../store/evidence';
import { analysisView, latestAnalysis, saveClaim } from '../../store/analysis';
import type { HandlerDeps, Handlers } from './deps';

type AnalysisMethods = 'analysis.run' | 'analysis.latest' | 'analysis.setClaim';

export function analysisHandlers(wb: HandlerDeps): Pick<Handlers, AnalysisMethods> {
  return {
    'analysis.run': async (r) => analysisView(await wb.runAnalysis(r.caseId, r.acrossCases ?? false)),
    'analysis.latest': async (r) => {
      getCase(wb.vault.db, r.caseId);
      const a = latestAnalysis(wb.vault.db, r.caseId);
      return a ? analysisView(a) : null;
    },
    'analysis.setClaim': async (r) => {
      getEvidence(wb.vault.db, r.caseId, r.evidenceId);
      wb.vault.transaction((db) => {
        saveClaim(db, r.caseId, r.evidenceId, r.claim);
        appendEvent(db, { caseId: r.caseId, action: 'claim.recorded', at: wb.now(), details: { evidenceId: r.evidenceId, claim: r.claim } });
      });
      return { ok: true as const };
    },
  };
}
