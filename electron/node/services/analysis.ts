// Authenticity analysis: run it (kept as the case's latest and recorded), read the latest, record claims.
import { withCurrentClaims, type AnalysisResult, type Claim } from '../../../shared/analysis';
import type { ClaimInput } from '../../../shared/api/contract';
import { appendEvent } from '../store/events';
import { getCase, listCases } from '../store/cases';
import { getEvidence } from '../store/evidence';
import { claimsOf, latestAnalysis, saveAnalysis, saveClaim } from '../store/analysis';
import { analyzeCase } from '../analysis/analyze-case';
import { TOOL_VERSION } from '../version';
import type { VaultSession } from './vault-session';

export class AnalysisService {
  constructor(private readonly session: VaultSession) {}

  /** Runs the authenticity analysis of a case, keeps it as the case's latest, and records the run. */
  async run(caseId: string, acrossCases = false): Promise<AnalysisResult> {
    const s = this.session;
    const c = getCase(s.vault.db, caseId);
    const others = acrossCases ? listCases(s.vault.db).filter((x) => x.id !== c.id).map((x) => x.id) : [];
    const result = await analyzeCase(s.vault, caseId, { claims: claimsOf(s.vault.db, caseId), compareCases: others, now: s.now });
    s.vault.transaction((db) => {
      saveAnalysis(db, result);
      appendEvent(db, {
        caseId,
        action: 'analysis.run',
        at: s.now(),
        details: {
          evidence: result.evidence.length,
          verdicts: Object.fromEntries(result.evidence.map((e) => [e.evidenceId, e.verdict])),
          acrossCases,
          tool: TOOL_VERSION,
        },
      });
    });
    return withCurrentClaims(result, claimsOf(s.vault.db, caseId));
  }

  /** The case's latest analysis, its claims checked as they stand now (a claim edited after the run counts). */
  latest(caseId: string): AnalysisResult | null {
    getCase(this.session.vault.db, caseId);
    const a = latestAnalysis(this.session.vault.db, caseId);
    return a ? withCurrentClaims(a, claimsOf(this.session.vault.db, caseId)) : null;
  }

  /** The claims recorded about the case's items, by evidence id. */
  claims(caseId: string): Record<string, Claim> {
    return claimsOf(this.session.vault.db, caseId);
  }

  setClaim(caseId: string, evidenceId: string, claim: ClaimInput): void {
    const s = this.session;
    getEvidence(s.vault.db, caseId, evidenceId);
    s.vault.transaction((db) => {
      saveClaim(db, caseId, evidenceId, claim);
      appendEvent(db, { caseId, action: 'claim.recorded', at: s.now(), details: { evidenceId, claim } });
    });
  }
}
