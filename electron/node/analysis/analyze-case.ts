// The authenticity analysis of a case: every evidence item's tables are streamed out of the vault
// once, profiled (validity, duplicates, completeness, ages, schema, identifier tokens), compared with
// each other (and with other cases' samples when the investigator allows it), and judged.
// Returns plain data; storing it and exposing it over the API is the caller's business.
import type { Vault } from '../vault/vault';
import { listEvidence, listTables, type EvidenceRecord } from '../ingest/evidence-db';
import type { ColumnPii } from '../ingest/table-profile';
import {
  SampleProfile, checkClaim, decideVerdict, overlapMatrix, overlapsOf, sourcesOf,
  type AnalysisResult, type Claim, type EvidenceAnalysis, type Figures, type TokenSample,
} from '../../../shared/analysis';
import { SakshyaError } from '../../../shared/api/errors';
import { rowPages } from './row-stream';

export interface AnalysisProgress {
  evidenceId: string;
  evidenceIndex: number;
  evidenceCount: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface AnalyzeOptions {
  /** Ages are computed as of this date (default now); set it to the alleged leak's date for group claims. */
  asOf?: Date;
  /** What each evidence item is claimed to be, by evidence id. */
  claims?: Record<string, Claim>;
  /** Other cases whose samples may be compared with this case's (only when the investigator allows it). */
  compareCases?: string[];
  /** Only these evidence items of the case (default: all). */
  evidenceIds?: string[];
  signal?: AbortSignal;
  onProgress?: (p: AnalysisProgress) => void;
  /** Clock for analysedAt (tests). */
  now?: () => Date;
}

/** Key purpose for overlap tokens: per vault, so samples of different cases in one vault can be compared. */
export const OVERLAP_KEY_PURPOSE = 'overlap';

interface Profiled {
  evidence: EvidenceRecord;
  figures: Figures;
  sample: TokenSample;
}

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new SakshyaError('CANCELLED', 'The analysis was cancelled.');
}

async function profileEvidence(vault: Vault, e: EvidenceRecord, key: Uint8Array, opts: AnalyzeOptions, progress: (rows: number, total: number) => void): Promise<Profiled> {
  const profile = new SampleProfile({ tokenKey: key, asOf: opts.asOf });
  const tables = listTables(vault.db, e.id);
  const total = tables.reduce((a, t) => a + t.records, 0);
  let done = 0;
  for (const t of tables) {
    const pii = (t.stats.pii ?? []) as ColumnPii[];
    profile.beginTable(t.name, t.columns, t.columns.map((_, i) => pii[i]?.type ?? null));
    for (const page of rowPages(vault, t, profile.tableSeed)) {
      for (let i = 0; i < page.rows.length; i++) profile.addHashedRow(page.rows[i]!, page.hashes[i]!);
      done += page.rows.length;
      progress(done, total);
      // Let cancellation and other work in: a 10-lakh-row sample takes seconds.
      await new Promise<void>((r) => setImmediate(r));
      checkAbort(opts.signal);
    }
  }
  const { figures, tokens } = profile.finish();
  return {
    evidence: e,
    figures,
    sample: { id: e.id, caseId: e.caseId, name: e.name, acquiredAt: e.acquiredAt, fingerprint: figures.schemaFingerprint, all: tokens.all, byType: tokens.byType },
  };
}

/** Evidence worth profiling: items with tables, and items that yielded nothing (not containers). */
function analysable(vault: Vault, caseId: string, only?: string[]): EvidenceRecord[] {
  const all = listEvidence(vault.db, caseId);
  const parents = new Set(all.map((e) => e.parentId).filter((x): x is string => x !== null));
  return all.filter((e) => (!only || only.includes(e.id)) && !parents.has(e.id));
}

export async function analyzeCase(vault: Vault, caseId: string, opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const key = vault.deriveKey(OVERLAP_KEY_PURPOSE);
  try {
    const items = analysable(vault, caseId, opts.evidenceIds);
    const own: Profiled[] = [];
    for (const [k, e] of items.entries()) {
      checkAbort(opts.signal);
      own.push(await profileEvidence(vault, e, key, opts, (rowsDone, rowsTotal) =>
        opts.onProgress?.({ evidenceId: e.id, evidenceIndex: k, evidenceCount: items.length, rowsDone, rowsTotal })));
    }
    const others: Profiled[] = [];
    for (const other of opts.compareCases ?? []) {
      if (other === caseId) continue;
      for (const e of analysable(vault, other)) others.push(await profileEvidence(vault, e, key, opts, () => undefined));
    }
    const ownSamples = own.map((p) => p.sample);
    const otherSamples = others.map((p) => p.sample);
    const overlaps = overlapsOf(ownSamples, otherSamples);
    const sources = sourcesOf([...ownSamples, ...otherSamples], overlaps);
    const evidence: EvidenceAnalysis[] = own.map((p) => {
      const from = sources.get(p.evidence.id) ?? [];
      const { verdict, reasons } = decideVerdict(p.figures, from.map((s) => ({ ...s, name: s.caseId === caseId ? s.name : `${s.name} (case ${s.caseId})` })));
      const out: EvidenceAnalysis = {
        evidenceId: p.evidence.id,
        caseId,
        name: p.evidence.name,
        verdict,
        reasons,
        figures: p.figures,
        containedIn: from.map((s) => ({ evidenceId: s.id, caseId: s.caseId, containment: s.containment, shared: s.shared })),
      };
      const claim = opts.claims?.[p.evidence.id];
      if (claim) out.claim = checkClaim(claim, p.figures);
      return out;
    });
    return {
      caseId,
      analysedAt: (opts.now?.() ?? new Date()).toISOString(),
      evidence,
      overlaps,
      matrix: overlapMatrix([...ownSamples, ...otherSamples], overlaps),
    };
  } finally {
    key.fill(0);
  }
}
