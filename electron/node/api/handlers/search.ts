// Handlers for finding things in a case: the case-wide search (a job), bookmarks (tagged and noted records)
// and the custody record's CASE/UCO export. Core logic lives in electron/node/search and custody.
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { HandlerDeps, Handlers } from './deps';
import { SakshyaError } from '../../../../shared/api/errors';
import type { CaseSearchResult } from '../../../../shared/api/contract';
import { getCase } from '../../store/cases';
import { appendEvent } from '../../store/events';
import { entryView } from '../../custody/custody-view';
import { caseJsonLd } from '../../custody/case-export';
import { makePrivateDir, writePrivateFile } from '../../private-files';
import { TOOL_VERSION } from '../../version';
import { pickTable } from '../../evidence/evidence-view';
import { emptySearchState, searchCase, type CaseSearchFilters, type CaseSearchState } from '../../search/case-search';
import { listBookmarks } from '../../search/bookmarks';

type SearchHandlers = Pick<Handlers, 'search.case' | 'search.result' | 'bookmarks.add' | 'bookmarks.list' | 'custody.export'>;

/** Searches kept for search.result, per workbench (oldest dropped first). */
const KEEP_SEARCHES = 10;
const searches = new WeakMap<HandlerDeps, Map<string, CaseSearchState>>();

function searchesOf(wb: HandlerDeps): Map<string, CaseSearchState> {
  let m = searches.get(wb);
  if (!m) searches.set(wb, (m = new Map()));
  return m;
}

/** The exports folder: beside the vault, never inside it. */
export function exportsDir(wb: HandlerDeps): string {
  return path.join(path.dirname(path.resolve(wb.opts.vaultDir)), 'Sakshya exports');
}

export const searchHandlers = (wb: HandlerDeps): SearchHandlers => ({
  'search.case': async (r) => {
    getCase(wb.vault.db, r.caseId);
    wb.flushViews();
    const filters: CaseSearchFilters = { evidenceIds: r.evidenceIds, columns: r.columns, types: r.types };
    const state = emptySearchState(wb.vault, r.caseId, filters);
    const kept = searchesOf(wb);
    const job = wb.jobs.startTask('search', r.caseId, async (signal, progress, jobId) => {
      kept.set(jobId, state);
      for (const old of [...kept.keys()].slice(0, Math.max(0, kept.size - KEEP_SEARCHES))) kept.delete(old);
      const end = await searchCase(wb.vault, r.caseId, r.query, filters, wb.redaction(r.caseId), state, {
        signal,
        onProgress: (p) =>
          progress({ file: '', fileIndex: p.tablesDone, fileCount: p.tables, bytesDone: p.scanned, bytesTotal: p.recordsTotal, records: p.matches, elapsedMs: 0, bytesPerSecond: 0, etaSeconds: null }),
        ...(wb.opts.searchHold ? { afterTable: wb.opts.searchHold } : {}),
      }).catch((e: unknown) => {
        state.state = 'failed';
        throw e;
      });
      state.state = end;
      wb.vault.transaction((db) =>
        appendEvent(db, {
          caseId: r.caseId,
          action: 'case.searched',
          at: wb.now(),
          // The query may itself be a raw identifier: the log keeps its length and the counts, not its text.
          details: { queryLength: r.query.length, matches: state.matches, records: state.records, scanned: state.scanned, items: state.items, tables: state.tablesDone, ...(end === 'cancelled' ? { cancelled: true } : {}) },
        }),
      );
      return end;
    });
    return { jobId: job.id };
  },
  'search.result': async (r) => {
    const job = wb.jobs.get(r.jobId);
    const s = searchesOf(wb).get(r.jobId);
    if (job.kind !== 'search' || !s) throw new SakshyaError('NOT_FOUND', `No search ${r.jobId}.`);
    const out: CaseSearchResult = {
      jobId: r.jobId,
      state: job.state === 'running' ? 'running' : job.state,
      matches: s.matches,
      records: s.records,
      scanned: s.scanned,
      recordsTotal: s.recordsTotal,
      tablesDone: s.tablesDone,
      tables: s.tables,
      items: s.items,
      groups: s.groups.map((g) => ({ ...g, hits: [...g.hits] })),
      error: job.error,
    };
    return out;
  },
  'bookmarks.add': async (r) => {
    const { table: t } = pickTable(wb.vault, r.caseId, r.evidenceId, r.table);
    if (r.row >= t.records) throw new SakshyaError('NOT_FOUND', `Record ${r.row + 1} is past the end of table ${t.name} (${t.records} records).`);
    const where = { evidenceId: r.evidenceId, table: t.name, record: r.row + 1 };
    const entries = wb.vault.transaction((db) => [
      ...(r.tag !== undefined ? [appendEvent(db, { caseId: r.caseId, action: 'tag.added', at: wb.now(), details: { ...where, tag: r.tag } })] : []),
      ...(r.note !== undefined ? [appendEvent(db, { caseId: r.caseId, action: 'note.added', at: wb.now(), details: { ...where, text: r.note } })] : []),
    ]);
    return entries.map(entryView);
  },
  'bookmarks.list': async (r) => {
    getCase(wb.vault.db, r.caseId);
    return listBookmarks(wb.vault.db, r.caseId);
  },
  'custody.export': async (r) => {
    getCase(wb.vault.db, r.caseId);
    wb.flushViews();
    const { doc, entries } = caseJsonLd(wb.vault, r.caseId);
    const text = JSON.stringify(doc, null, 2) + '\n';
    const sha256 = createHash('sha256').update(text).digest('hex');
    const dir = exportsDir(wb);
    const file = path.join(dir, `${r.caseId}-custody-${wb.now().toISOString().replace(/[:.]/g, '-')}.jsonld`);
    makePrivateDir(dir);
    writePrivateFile(file, text);
    wb.vault.transaction((db) =>
      appendEvent(db, {
        caseId: r.caseId,
        action: 'custody.exported',
        at: wb.now(),
        details: { format: 'case-jsonld', file: path.basename(file), sha256, entries, tool: TOOL_VERSION },
      }),
    );
    return { path: file, sha256, entries };
  },
});
