// The authenticity analysis of a case: every evidence item's tables are streamed out of the vault
// once, profiled (validity, duplicates, completeness, ages, schema, identifier tokens), compared with
// each other (and with other cases' samples when the investigator allows it), and judged.
// Returns plain data; storing it and exposing it over the API is the caller's business.
import os from 'node:os';
import type { Vault } from '../vault/vault';
import { listEvidence, listTables, type EvidenceRecord, type TableRecord } from '../store/evidence';
import type { ColumnPii } from '../ingest/table-profile';
import {
  SampleProfile, checkClaim, unionSorted, unionCount, decideVerdict, overlapMatrix, overlapsOf, sourcesOf,
  type AnalysisResult, type Claim, type EvidenceAnalysis, type Figures, type ProfilePartial, type TokenSample,
} from '../../../shared/analysis';
import { SakshyaError } from '../../../shared/api/errors';
import { columnLabels } from '../../../shared/pii/column-labels';
import { PIECE_BYTES, tablePieces } from './row-stream';
import { profilePiece } from './piece-profile';
import { AnalysisPool, type PieceTable } from './analysis-pool';
import { VaultRunStore } from './spill-store';

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
  /** Worker threads for large tables (tuning and tests). */
  parallel?: ParallelOptions;
  /** Tokens of one identifier type held in memory before a sorted run is spilled to the vault (tuning and
   * tests; default SPILL_RUN_TOKENS). */
  spillTokens?: number;
  /** Told, when the analysis ends, how many runs it spilled and their bytes (all on disk at once at the
   * end, before they are removed): for the benchmark. */
  onSpill?: (s: { runs: number; bytes: number }) => void;
}

/** Default for AnalyzeOptions.spillTokens: 2 Mi tokens are 16 MiB per identifier type. A sample with fewer
 * values of each type is analysed entirely in memory, as before. */
export const SPILL_RUN_TOKENS = 1 << 21;

/** SAKSHYA_SPILL_TOKENS=N forces spilling at N tokens a run in every analysis (to run the calibration
 * through the spilling path); unset, the default holds. */
function spillTokensFromEnv(): number | undefined {
  const n = Number(process.env.SAKSHYA_SPILL_TOKENS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export interface ParallelOptions {
  /** Worker threads (default: one per core); 0 keeps every table on the calling thread. */
  workers?: number;
  /** Tables of fewer rows are profiled on the calling thread, where starting workers would cost more. */
  minRows?: number;
  /** Plaintext bytes per piece handed to a worker. */
  pieceBytes?: number;
}

/** Default for ParallelOptions.minRows. */
export const PARALLEL_MIN_ROWS = 50_000;

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

/** State shared by the profiles of one analysis: the token key, the date ages are taken at, the workers. */
class Run {
  #pool: Promise<AnalysisPool> | null = null;
  readonly workers: number;
  readonly minRows: number;
  readonly pieceBytes: number;
  /** Where profiles spill sorted runs of tokens; its files are deleted when the run ends. */
  readonly spill: VaultRunStore;

  constructor(
    readonly vault: Vault,
    readonly key: Uint8Array,
    readonly asOf: Date,
    readonly signal: AbortSignal | undefined,
    p: ParallelOptions = {},
    readonly spillTokens = spillTokensFromEnv() ?? SPILL_RUN_TOKENS,
    readonly onSpill?: AnalyzeOptions['onSpill'],
  ) {
    this.spill = new VaultRunStore(vault);
    this.workers = p.workers ?? os.availableParallelism();
    this.minRows = p.minRows ?? PARALLEL_MIN_ROWS;
    this.pieceBytes = p.pieceBytes ?? PIECE_BYTES;
  }

  /** The workers, started on first use. */
  pool(): Promise<AnalysisPool> {
    this.#pool ??= AnalysisPool.start(this.workers, this.key, this.asOf);
    return this.#pool;
  }

  /** Ends the workers: politely (they zero their key copy) after success, at once otherwise. */
  async end(ok: boolean): Promise<void> {
    const pool = await this.#pool?.catch(() => null);
    if (ok) pool?.close();
    else pool?.terminate();
    this.onSpill?.(this.spill.stats);
    this.spill.remove();
  }
}

/** Feeds a table's rows into `profile` (whose current table it is), on worker threads when it is large. */
async function profileTable(run: Run, profile: SampleProfile, t: TableRecord, types: (string | null)[], confidences: number[], onRows: (n: number) => void): Promise<void> {
  const seed = profile.tableSeed;
  if (run.workers === 0 || t.records < run.minRows) {
    for (const piece of tablePieces(run.vault, t, run.pieceBytes)) {
      onRows(profilePiece(profile, piece, t.rowFormat, seed));
      // Let cancellation and other work in between pieces.
      await new Promise<void>((r) => setImmediate(r));
      checkAbort(run.signal);
    }
    return;
  }
  const pool = await run.pool();
  const table: PieceTable = { name: t.name, columns: columnLabels(t.columns), types, confidences, format: t.rowFormat, seed };
  let mergeFailure: { error: unknown } | null = null;
  const merge = (partial: ProfilePartial) => {
    try {
      profile.mergePartial(partial);
      onRows(partial.records);
    } catch (error) {
      mergeFailure ??= { error };
    }
  };
  for (const piece of tablePieces(run.vault, t, run.pieceBytes)) {
    await pool.room(run.signal);
    if (mergeFailure) break;
    // A failed piece is rethrown by room() or idle(): the pool keeps its first failure.
    pool.run(table, piece).then(merge, () => undefined);
  }
  await pool.idle(run.signal);
  if (mergeFailure) throw (mergeFailure as { error: unknown }).error;
}

async function profileEvidence(run: Run, e: EvidenceRecord, progress: (rows: number, total: number) => void): Promise<Profiled> {
  const profile = new SampleProfile({ tokenKey: run.key, asOf: run.asOf, spill: { store: run.spill, runTokens: run.spillTokens } });
  try {
    const tables = listTables(run.vault.db, e.id);
    const total = tables.reduce((a, t) => a + t.records, 0);
    let done = 0;
    for (const t of tables) {
      const pii = (t.stats.pii ?? []) as ColumnPii[];
      const types = t.columns.map((_, i) => pii[i]?.type ?? null);
      const confidences = t.columns.map((_, i) => pii[i]?.confidence ?? 0);
      // Labels, not names: the profile's column names reach the app, reports and bundles (a file without a
      // header row has a record for names).
      profile.beginTable(t.name, columnLabels(t.columns), types, confidences);
      await profileTable(run, profile, t, types, confidences, (n) => {
        done += n;
        progress(done, total);
      });
    }
    const { figures, tokens } = profile.finish();
    return {
      evidence: e,
      figures,
      sample: { id: e.id, caseId: e.caseId, name: e.name, acquiredAt: e.acquiredAt, fingerprint: figures.schemaFingerprint, all: tokens.all, byType: tokens.byType },
    };
  } finally {
    profile.wipe();
  }
}

/** Evidence worth profiling: items with tables, and items that yielded nothing (not containers). */
function analysable(vault: Vault, caseId: string, only?: string[]): EvidenceRecord[] {
  const all = listEvidence(vault.db, caseId);
  const parents = new Set(all.map((e) => e.parentId).filter((x): x is string => x !== null));
  return all.filter((e) => (!only || only.includes(e.id)) && !parents.has(e.id));
}

/** Records, items and distinct people of a case: a person in three recycled samples counts once. */
function caseTotals(own: readonly Profiled[]): AnalysisResult['totals'] {
  const sets = own.flatMap((p) => {
    const t = p.figures.personType ? p.sample.byType.get(p.figures.personType) : undefined;
    return t ? [t] : [];
  });
  const people = sets.every((s) => s instanceof BigUint64Array) ? unionSorted(sets).length : unionCount(sets);
  return { records: own.reduce((a, p) => a + p.figures.records, 0), items: own.length, people };
}

export async function analyzeCase(vault: Vault, caseId: string, opts: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const key = vault.deriveKey(OVERLAP_KEY_PURPOSE);
  // One date for every profile and worker, so an age never depends on which thread read the row.
  const run = new Run(vault, key, opts.asOf ?? new Date(), opts.signal, opts.parallel, opts.spillTokens, opts.onSpill);
  let ok = false;
  try {
    const items = analysable(vault, caseId, opts.evidenceIds);
    const own: Profiled[] = [];
    for (const [k, e] of items.entries()) {
      checkAbort(opts.signal);
      own.push(await profileEvidence(run, e, (rowsDone, rowsTotal) =>
        opts.onProgress?.({ evidenceId: e.id, evidenceIndex: k, evidenceCount: items.length, rowsDone, rowsTotal })));
    }
    const others: Profiled[] = [];
    for (const other of opts.compareCases ?? []) {
      if (other === caseId) continue;
      for (const e of analysable(vault, other)) others.push(await profileEvidence(run, e, () => undefined));
    }
    ok = true;
    const ownSamples = own.map((p) => p.sample);
    const otherSamples = others.map((p) => p.sample);
    const overlaps = overlapsOf(ownSamples, otherSamples);
    const sources = sourcesOf([...ownSamples, ...otherSamples], overlaps);
    const evidence: EvidenceAnalysis[] = own.map((p) => {
      const from = sources.get(p.evidence.id) ?? [];
      const { verdict, reasons, codes } = decideVerdict(p.figures, from.map((s) => ({ ...s, ...(s.caseId === caseId ? {} : { sourceCase: s.caseId }) })));
      const out: EvidenceAnalysis = {
        evidenceId: p.evidence.id,
        caseId,
        name: p.evidence.name,
        verdict,
        reasons,
        reasonCodes: codes,
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
      totals: caseTotals(own),
      evidence,
      overlaps,
      matrix: overlapMatrix([...ownSamples, ...otherSamples], overlaps),
    };
  } finally {
    await run.end(ok);
    key.fill(0);
  }
}
