// Storing the latest analysis of a case and the claims about its samples, and shaping results for the API.
import type { Database } from 'sql.js';
import type { AnalysisView, ClaimInput } from '../../../shared/api/contract';
import type { AnalysisResult, Claim } from '../../../shared/analysis';

export function saveAnalysis(db: Database, r: AnalysisResult): void {
  db.run('INSERT OR REPLACE INTO analyses(case_id, at, body) VALUES (?, ?, ?)', [r.caseId, r.analysedAt, JSON.stringify(r)]);
}

export function latestAnalysis(db: Database, caseId: string): AnalysisResult | null {
  const v = db.exec('SELECT body FROM analyses WHERE case_id = ?', [caseId])[0]?.values[0]?.[0];
  return typeof v === 'string' ? (JSON.parse(v) as AnalysisResult) : null;
}

export function saveClaim(db: Database, caseId: string, evidenceId: string, claim: ClaimInput): void {
  db.run('INSERT OR REPLACE INTO claims(case_id, evidence_id, body) VALUES (?, ?, ?)', [caseId, evidenceId, JSON.stringify(claim)]);
}

export function claimsOf(db: Database, caseId: string): Record<string, Claim> {
  const rows = db.exec('SELECT evidence_id, body FROM claims WHERE case_id = ?', [caseId])[0]?.values ?? [];
  return Object.fromEntries(rows.map((r) => [String(r[0]), JSON.parse(String(r[1])) as Claim]));
}

/** The analysis for the API; `claims` (the recorded claims by evidence id) lets a screen edit what was claimed. */
export function analysisView(r: AnalysisResult, claims?: Readonly<Record<string, Claim>>): AnalysisView {
  return {
    caseId: r.caseId,
    analysedAt: r.analysedAt,
    evidence: r.evidence.map((e) => ({
      evidenceId: e.evidenceId,
      name: e.name,
      verdict: e.verdict,
      reasons: e.reasons,
      ...(e.reasonCodes ? { reasonCodes: e.reasonCodes } : {}),
      records: e.figures.records,
      validity: Object.entries(e.figures.validity).map(([check, v]) => ({ check, valid: v!.valid, total: v!.total, rate: v!.rate, low: v!.low, high: v!.high })),
      duplicateRate: e.figures.duplicateRate,
      ageHistogram: Object.entries(e.figures.ageHistogram).map(([band, count]) => ({ band, count })),
      completeness: Object.entries(e.figures.completeness).map(([column, rate]) => ({ column, rate })),
      schemaFingerprint: e.figures.schemaFingerprint,
      containedIn: e.containedIn.map((c) => ({ evidenceId: c.evidenceId, containment: c.containment, shared: c.shared })),
      claim: e.claim
        ? {
            status: String(e.claim.status),
            notes: e.claim.notes,
            ...(claims?.[e.evidenceId] ? { claimed: claims[e.evidenceId] } : {}),
            fields: e.claim.fields,
            recordCount: e.claim.recordCount,
            group: e.claim.group,
          }
        : null,
    })),
    overlaps: r.overlaps.map((o) => ({
      a: o.a, b: o.b, ...(o.bCaseId ? { bCaseId: o.bCaseId } : {}), shared: o.shared, jaccard: o.jaccard, aContainsB: o.aContainsB, bContainsA: o.bContainsA,
      ...(o.aCompared !== undefined ? { aCompared: o.aCompared, bCompared: o.bCompared } : {}),
    })),
    ...(r.totals ? { totals: r.totals } : {}),
    matrix: r.matrix,
  };
}
