// Redacted exports of one evidence item, for people who need the records in a spreadsheet or a script but
// must not receive raw personal data. Rows stream page by page (bounded memory for any size), every cell is
// redacted exactly as the app shows it, and CSV cells that a spreadsheet would run as formulas are
// neutralised. The export is recorded in the custody log with its hash.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { csvRecord } from '../../../shared/report';
import { DEFAULT_POLICY, redactText } from '../../../shared/pii';
import { columnLabels } from '../../../shared/pii/column-labels';
import type { ReportContext } from './context';
import { appendEvent } from '../store/events';
import { columnsOf, rawRows, redactRow } from '../evidence/evidence-view';
import { getEvidence, listTables, type TableRecord } from '../store/evidence';
import { SakshyaError } from '../../../shared/api/errors';
import { TOOL_VERSION } from '../version';
import { openPrivateFile } from '../private-files';

export interface ExportOptions {
  format: 'csv' | 'json';
  /** Output file path. */
  out: string;
  /** CSV holds one table: this one (default the first). JSON holds every table unless one is named. */
  table?: string;
  /** Write an export.created custody entry (default true). */
  record?: boolean;
  /** Name the written file in that entry (the app's exports, whose folder the examiner picked). */
  recordFileName?: boolean;
}

export interface ExportResult {
  out: string;
  rows: number;
  tables: string[];
  bytes: number;
  sha256: string;
}

const PAGE = 4096;

/** Appends to a file and hashes what it wrote, so the custody entry names the exact bytes. */
class HashedWriter {
  readonly #fd: number;
  readonly #hash = createHash('sha256');
  bytes = 0;
  constructor(file: string) {
    // 'wx' refuses to overwrite: an export must never silently replace an earlier one.
    this.#fd = openPrivateFile(file);
  }
  write(text: string): void {
    const b = Buffer.from(text, 'utf8');
    fs.writeSync(this.#fd, b);
    this.#hash.update(b);
    this.bytes += b.length;
  }
  close(): string {
    fs.closeSync(this.#fd);
    return this.#hash.digest('hex');
  }
}

function tablesFor(wb: ReportContext, evidenceId: string, opts: ExportOptions): TableRecord[] {
  const all = listTables(wb.vault.db, evidenceId);
  if (all.length === 0) throw new SakshyaError('NOT_FOUND', `Evidence ${evidenceId} has no records to export.`);
  if (opts.table !== undefined) {
    const t = all.find((x) => x.name === opts.table);
    if (!t) throw new SakshyaError('NOT_FOUND', `Evidence ${evidenceId} has no table named ${JSON.stringify(opts.table)}. Tables: ${all.map((x) => x.name).join(', ')}.`);
    return [t];
  }
  return opts.format === 'csv' ? [all[0]!] : all;
}

/** Redacted rows of a table, a page at a time. */
function* redactedRows(wb: ReportContext, caseId: string, t: TableRecord): Generator<(string | null)[]> {
  const columns = columnsOf(t);
  const ctx = wb.redaction(caseId);
  for (let off = 0; off < t.records; off += PAGE) {
    for (const r of rawRows(wb.vault, t, off, PAGE)) yield redactRow(r, columns, ctx);
  }
}

export interface ExportProgress {
  /** Records written so far, of `total` in the tables exported. */
  rows: number;
  total: number;
}

/** Column names with identifiers masked: a file without a header row has its first record as its column
 * names, and that record must not leave the vault in plain text either. */
function headerOf(t: TableRecord): string[] {
  return columnLabels(t.columns);
}

/** The export a page at a time: yields progress after each page, returns the result once the file is closed
 * and the export recorded. Abandoning it (return()) closes the file and records nothing. */
function* exportSteps(wb: ReportContext, caseId: string, evidenceId: string, opts: ExportOptions): Generator<ExportProgress, ExportResult> {
  const e = getEvidence(wb.vault.db, caseId, evidenceId);
  const tables = tablesFor(wb, evidenceId, opts);
  const total = tables.reduce((n, t) => n + t.records, 0);
  // Throws before the file is ours when it exists ('wx'); from here on the file is this export's.
  const w = new HashedWriter(opts.out);
  let rows = 0;
  let sha256: string;
  let complete = false;
  try {
    if (opts.format === 'csv') {
      const t = tables[0]!;
      w.write(csvRecord(headerOf(t)));
      for (const r of redactedRows(wb, caseId, t)) {
        w.write(csvRecord(r));
        if (++rows % PAGE === 0) yield { rows, total };
      }
    } else {
      // JSON written by hand, row by row, so a multi-GB table never becomes one string.
      w.write(`{"evidence":${JSON.stringify({ id: e.id, name: redactText(e.name, DEFAULT_POLICY), sha256: e.sha256 })},"redaction":"mask","tables":[`);
      for (const [ti, t] of tables.entries()) {
        w.write(`${ti > 0 ? ',' : ''}\n{"name":${JSON.stringify(redactText(t.name, DEFAULT_POLICY))},"columns":${JSON.stringify(headerOf(t))},"rows":[`);
        let first = true;
        for (const r of redactedRows(wb, caseId, t)) {
          w.write(`${first ? '\n' : ',\n'}${JSON.stringify(r)}`);
          first = false;
          if (++rows % PAGE === 0) yield { rows, total };
        }
        w.write(']}');
      }
      w.write('\n]}\n');
    }
    complete = true;
  } finally {
    sha256 = w.close();
    // A failed or abandoned export leaves no half-written file that could pass for a whole one.
    if (!complete) fs.rmSync(opts.out, { force: true });
  }
  if (opts.record !== false) {
    wb.vault.transaction((db) =>
      appendEvent(db, {
        caseId,
        action: 'export.created',
        at: wb.now(),
        details: {
          evidenceId, format: opts.format, tables: tables.map((t) => t.name), records: rows, redaction: 'mask', sha256, bytes: w.bytes,
          ...(opts.recordFileName ? { file: path.basename(opts.out) } : {}), tool: TOOL_VERSION,
        },
      }),
    );
  }
  return { out: opts.out, rows, tables: tables.map((t) => t.name), bytes: w.bytes, sha256 };
}

export function exportEvidence(wb: ReportContext, caseId: string, evidenceId: string, opts: ExportOptions): ExportResult {
  const steps = exportSteps(wb, caseId, evidenceId, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same export without holding the process for its whole length: it yields to other work between pages,
 * reports progress, and stops when `signal` aborts, removing the part written (null: cancelled, nothing
 * recorded). */
export async function exportEvidenceInSteps(
  wb: ReportContext,
  caseId: string,
  evidenceId: string,
  opts: ExportOptions,
  run: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void } = {},
): Promise<ExportResult | null> {
  const steps = exportSteps(wb, caseId, evidenceId, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    run.onProgress?.(step.value);
    await new Promise((resolve) => setImmediate(resolve));
    if (run.signal?.aborted) {
      steps.return(undefined as never);
      return null;
    }
  }
}
