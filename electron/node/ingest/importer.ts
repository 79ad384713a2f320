// Imports files into a case: acquires each (hash, encrypt, parse in one pass), recognises duplicates by
// SHA-256, expands ZIP archives into child evidence, and commits each file with its custody events in one
// transaction. A cancelled or failed file leaves no partial evidence: its blobs are deleted and only the
// event saying so is written.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Vault } from '../vault/vault';
import { appendEvent } from '../store/events';
import { TOOL_VERSION } from '../version';
import { acquire, blobSource, ImportCancelled, isAbort, type Acquired } from './acquire';
import { findBySha256, insertBlob, insertEvidence, insertTable, type EvidenceRecord } from '../store/evidence';
import { INDEX_EVERY } from './row-store';
import { expandZip, type ZipChild } from './zip-expand';
import { acquireTelegramMedia } from './telegram-media';
import { profileTables } from './table-profile';
import { insertPdfOcr } from './pdf-ingest';
import { insertImageOcr } from '../store/ocr';
import { coreText, recogniseCoreText, type CoreMessage } from '../../../shared/i18n/core-text';

export interface ImportProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesDone: number;
  bytesTotal: number;
  records: number;
  elapsedMs: number;
  bytesPerSecond: number;
  etaSeconds: number | null;
}

export type ImportStatus = 'parsed' | 'malformed' | 'unparsed' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportItemResult {
  evidenceId: string | null;
  name: string;
  bytes: number;
  md5: string;
  sha1: string;
  sha256: string;
  format: string;
  records: number;
  malformed: number;
  status: ImportStatus;
  reason?: string;
  /** The reason as its catalogue key and parameters, for the screen to show in the reader's language. */
  reasonText?: CoreMessage;
  parentId?: string;
  duplicateOf?: string;
  warnings: string[];
}

export interface ImportContext {
  vault: Vault;
  actor: string;
  now: () => Date;
}

/** Opens a file's bytes for acquisition. */
export type SourceOpener = (sourcePath: string, signal: AbortSignal) => AsyncIterable<Buffer>;

/** The default: the file itself, read in 1 MiB chunks. */
export const readSourceFile: SourceOpener = (sourcePath) => fs.createReadStream(sourcePath, { highWaterMark: 1 << 20 });

export interface ImportOptions {
  reason?: string;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Where the bytes come from (default readSourceFile). Only a host's composition sets another: the browser
   * tests use one that holds an import after its first chunk until it is cancelled. */
  openSource?: SourceOpener;
}

export function newEvidenceId(): string {
  return `e${randomBytes(5).toString('hex')}`;
}

function fileTimes(st: fs.Stats): EvidenceRecord['fileTimes'] {
  return { modified: st.mtime.toISOString(), changed: st.ctime.toISOString(), created: st.birthtimeMs > 0 ? st.birthtime.toISOString() : undefined };
}

interface Pending {
  record: EvidenceRecord;
  acquired: Acquired;
}

/** Builds the evidence row for an acquired item (not yet committed). */
function toRecord(ctx: ImportContext, caseId: string, a: Acquired, meta: { sourcePath: string; parentId: string | null; times: EvidenceRecord['fileTimes']; reason: string }): EvidenceRecord {
  const o = a.outcome;
  const status: ImportStatus = o.status === 'parsed' ? 'parsed' : o.status === 'malformed' ? 'malformed' : 'unparsed';
  let reason = o.reason ?? null;
  if (reason && o.at) {
    const where = o.at.line !== undefined ? coreText('atLine', { detail: reason, line: o.at.line }) : o.at.offset !== undefined ? coreText('atOffset', { detail: reason, offset: o.at.offset }) : reason;
    // A reason that already says where (a JSON error names its byte offset and line) is not told it twice.
    if (!reason.includes(where.slice(reason.length))) reason = where;
  }
  return {
    id: newEvidenceId(),
    caseId,
    parentId: meta.parentId,
    name: a.name,
    sourcePath: meta.sourcePath,
    bytes: a.bytes,
    ...a.hashes,
    format: a.format,
    encoding: a.encoding ?? null,
    status,
    reason,
    records: a.sink.records,
    malformed: a.sink.malformedCount,
    problems: a.sink.problems,
    warnings: a.sink.warnings,
    originalBlob: a.originalBlob,
    acquiredAt: ctx.now().toISOString(),
    acquiredBy: ctx.actor,
    fileTimes: meta.times,
    importReason: meta.reason,
  };
}

function resultOf(r: EvidenceRecord, status?: ImportStatus, duplicateOf?: string): ImportItemResult {
  return {
    evidenceId: r.id,
    name: r.name,
    bytes: r.bytes,
    md5: r.md5,
    sha1: r.sha1,
    sha256: r.sha256,
    format: r.format,
    records: r.records,
    malformed: r.malformed,
    status: status ?? (r.status as ImportStatus),
    ...(r.reason ? { reason: r.reason } : {}),
    ...withText(r.reason),
    ...(r.parentId ? { parentId: r.parentId } : {}),
    ...(duplicateOf ? { duplicateOf } : {}),
    warnings: r.warnings.map((w) => w.message),
  };
}

/** Commits acquired items (a file and any archive children) with their events, in one transaction. */
function commit(ctx: ImportContext, items: Pending[], duplicates: { acquired: Acquired; of: EvidenceRecord; sourcePath: string }[]): void {
  const { vault } = ctx;
  vault.transaction((db) => {
    for (const { record: e, acquired: a } of items) {
      insertBlob(db, e.originalBlob, 'original', e.bytes);
      insertEvidence(db, e);
      if (a.ocr) {
        insertBlob(db, a.ocr.blobId, 'ocr', a.ocr.size);
        insertImageOcr(db, { evidenceId: e.id, blobId: a.ocr.blobId, confidence: a.ocr.confidence, width: a.ocr.width, height: a.ocr.height });
      }
      if (a.pdfOcr) insertPdfOcr(db, e.id, a.pdfOcr);
      for (const t of a.sink.tables.values()) {
        if (t.store) insertBlob(db, t.store.blobId, 'rows', t.store.bytes);
        const rowsBlob = t.inPlace ? e.originalBlob : (t.store?.blobId ?? null);
        const table = { evidenceId: e.id, name: t.name, position: t.position, columns: t.columns, records: t.rows, rowsBlob, indexEvery: INDEX_EVERY, stats: profileTables(t), rowFormat: t.inPlace?.format ?? null };
        insertTable(db, table, t.rowIndex(INDEX_EVERY));
      }
      appendEvent(db, {
        caseId: e.caseId,
        action: 'evidence.acquired',
        at: ctx.now(),
        details: {
          evidenceId: e.id,
          name: e.name,
          sourcePath: e.sourcePath,
          parentId: e.parentId,
          bytes: e.bytes,
          md5: e.md5,
          sha1: e.sha1,
          sha256: e.sha256,
          fileTimes: e.fileTimes,
          reason: e.importReason,
          tool: TOOL_VERSION,
        },
      });
      appendEvent(db, {
        caseId: e.caseId,
        action: 'evidence.parsed',
        at: ctx.now(),
        details: {
          evidenceId: e.id,
          format: e.format,
          encoding: e.encoding,
          status: e.status,
          reason: e.reason,
          records: e.records,
          malformed: e.malformed,
          tables: [...a.sink.tables.values()].map((t) => ({ name: t.name, records: t.rows, columns: t.columns.length })),
          warnings: e.warnings.map((w) => w.code),
        },
      });
    }
    for (const d of duplicates) {
      appendEvent(db, {
        caseId: d.of.caseId,
        action: 'evidence.duplicate',
        at: ctx.now(),
        details: { name: d.acquired.name, sourcePath: d.sourcePath, sha256: d.acquired.hashes.sha256, existingEvidenceId: d.of.id, tool: TOOL_VERSION },
      });
    }
  });
}

function discard(vault: Vault, a: Acquired): void {
  a.sink.abort();
  if (a.ocr) vault.removeBlobFile(a.ocr.blobId);
  fs.rmSync(vault.blobPath(a.originalBlob), { force: true });
}

export async function importFiles(ctx: ImportContext, caseId: string, paths: string[], opts: ImportOptions = {}): Promise<ImportItemResult[]> {
  const signal = opts.signal ?? new AbortController().signal;
  const results: ImportItemResult[] = [];
  const sizes = paths.map((p) => {
    try {
      return fs.statSync(p).size;
    } catch {
      return 0;
    }
  });
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let bytesBefore = 0;
  const started = Date.now();
  for (let i = 0; i < paths.length; i++) {
    const sourcePath = path.resolve(paths[i]!);
    const name = path.basename(sourcePath);
    const reason = opts.reason ?? '';
    let done = 0;
    let records = 0;
    const report = () => {
      const elapsedMs = Date.now() - started;
      const all = bytesBefore + done;
      const rate = elapsedMs > 0 ? (all * 1000) / elapsedMs : 0;
      opts.onProgress?.({
        file: name,
        fileIndex: i,
        fileCount: paths.length,
        bytesDone: all,
        bytesTotal,
        records,
        elapsedMs,
        bytesPerSecond: rate,
        etaSeconds: rate > 0 ? Math.max(0, (bytesTotal - all) / rate) : null,
      });
    };
    let st: fs.Stats;
    try {
      st = fs.statSync(sourcePath);
      if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = coreText(code === 'ENOENT' ? 'fileMissing' : code === 'EACCES' ? 'filePermission' : code === 'ENOTFILE' ? 'fileNotRegular' : 'fileUnreadable');
      failed(ctx, caseId, name, sourcePath, why, reason);
      results.push(emptyResult(name, 'failed', why));
      continue;
    }
    const pending: Pending[] = [];
    const duplicates: { acquired: Acquired; of: EvidenceRecord; sourcePath: string }[] = [];
    let lastReport = 0;
    try {
      const stream = (opts.openSource ?? readSourceFile)(sourcePath, signal);
      const a = await acquire(ctx.vault, stream, name, st.size, signal, (n, recs) => {
        done += n;
        records = recs;
        const t = Date.now();
        if (t - lastReport > 200) {
          lastReport = t;
          report();
        }
      });
      records = a.sink.records;
      const dup = findBySha256(ctx.vault.db, caseId, a.hashes.sha256);
      if (dup) {
        duplicates.push({ acquired: a, of: dup, sourcePath });
      } else {
        const record = toRecord(ctx, caseId, a, { sourcePath, parentId: null, times: fileTimes(st), reason });
        pending.push({ record, acquired: a });
        if (a.format === 'telegram' && a.sink.mediaRefs.size > 0) {
          const media = await acquireTelegramMedia(ctx.vault, sourcePath, a.sink.mediaRefs, signal);
          record.warnings.push(...media.warnings.map((m) => ({ code: 'telegram-media', message: m })));
          addChildren(ctx, caseId, record, media.items, pending, reason, (p) => path.join(path.dirname(sourcePath), p));
        }
        if (a.format === 'zip') {
          const children = await expandZip(ctx.vault, blobSource(ctx.vault, a.originalBlob), name, signal);
          record.warnings.push(...children.refused.map((r) => ({ code: 'zip-entry-refused', message: r })));
          addChildren(ctx, caseId, record, children.items, pending, reason);
          if (children.items.length > 0 && record.status === 'unparsed') {
            record.status = 'parsed';
            record.reason = null;
          }
          record.records = children.items.reduce((n, c) => n + c.acquired.sink.records, 0);
          if (children.items.length === 0) {
            // Say why nothing came out of the archive, not the generic "read separately" of an unexpanded ZIP.
            const first = children.refused[0];
            record.reason =
              first === undefined ? coreText('zipEmpty')
              : children.refused.length > 1 ? coreText('zipNothingMore', { detail: first, more: children.refused.length - 1 })
              : coreText('zipNothing', { detail: first });
          }
        }
      }
      done = st.size;
      report();
      if (signal.aborted) throw new ImportCancelled();
      commit(ctx, pending, duplicates);
      for (const p of pending) results.push(resultOf(p.record));
      for (const d of duplicates) {
        discard(ctx.vault, d.acquired);
        // Named as offered (the item it repeats is duplicateOf), so the examiner sees which file was not stored.
        results.push({ ...resultOf(d.of, 'duplicate', d.of.id), name: d.acquired.name });
      }
    } catch (e) {
      for (const p of pending) discard(ctx.vault, p.acquired);
      if (isAbort(e)) {
        ctx.vault.transaction((db) =>
          appendEvent(db, {
            caseId,
            action: 'import.cancelled',
            at: ctx.now(),
            details: { name, sourcePath, bytesRead: done, size: st.size, reason, tool: TOOL_VERSION },
          }),
        );
        results.push(emptyResult(name, 'cancelled', coreText('cancelledFile')));
        for (let j = i + 1; j < paths.length; j++) results.push(emptyResult(path.basename(paths[j]!), 'cancelled', coreText('cancelledNotStarted')));
        return results;
      }
      const why = coreText((e as NodeJS.ErrnoException).code === 'EIO' ? 'fileReadError' : 'fileNotAcquired');
      failed(ctx, caseId, name, sourcePath, why, reason);
      results.push(emptyResult(name, 'failed', why));
    }
    bytesBefore += sizes[i]!;
  }
  return results;
}

function addChildren(
  ctx: ImportContext,
  caseId: string,
  parent: EvidenceRecord,
  children: ZipChild[],
  pending: Pending[],
  reason: string,
  sourceOf: (childPath: string) => string = (p) => `${parent.sourcePath}!/${p}`,
): void {
  for (const c of children) {
    const record = toRecord(ctx, caseId, c.acquired, { sourcePath: sourceOf(c.path), parentId: parent.id, times: c.modified ? { modified: c.modified } : {}, reason });
    pending.push({ record, acquired: c.acquired });
    if (c.children) {
      record.warnings.push(...c.children.refused.map((r) => ({ code: 'zip-entry-refused', message: r })));
      addChildren(ctx, caseId, record, c.children.items, pending, reason);
    }
  }
}

function emptyResult(name: string, status: ImportStatus, reason: string): ImportItemResult {
  return { evidenceId: null, name, bytes: 0, md5: '', sha1: '', sha256: '', format: 'unknown', records: 0, malformed: 0, status, reason, ...withText(reason), warnings: [] };
}

/** The reason's key and parameters beside its English text, when a core template made it. */
function withText(reason: string | null | undefined): { reasonText?: CoreMessage } {
  const text = reason ? recogniseCoreText(reason) : null;
  return text ? { reasonText: text } : {};
}

function failed(ctx: ImportContext, caseId: string, name: string, sourcePath: string, why: string, reason: string): void {
  ctx.vault.transaction((db) =>
    appendEvent(db, { caseId, action: 'import.failed', at: ctx.now(), details: { name, sourcePath, problem: why, reason, tool: TOOL_VERSION } }),
  );
}
