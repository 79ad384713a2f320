// analysis.*: run the authenticity analysis, read the latest, record a claim about a sample.
import { analysisView } from '../../store/analysis';
import type { HandlerDeps, Handlers } from './deps';

type AnalysisMethods = 'analysis.run' | 'analysis.latest' | 'analysis.setClaim';

export function analysisHandlers({ analysis }: HandlerDeps): Pick<Handlers, AnalysisMethods> {
  return {
    'analysis.run': async (r) => analysisView(await analysis.run(r.caseId, r.acrossCases ?? false), analysis.claims(r.caseId)),
    'analysis.latest': async (r) => {
      const a = analysis.latest(r.caseId);
      return a ? analysisView(a, analysis.claims(r.caseId)) : null;
    },
    'analysis.setClaim': async (r) => {
      analysis.setClaim(r.caseId, r.evidenceId, r.claim);
      return { ok: true as const };
    },
  };
}
