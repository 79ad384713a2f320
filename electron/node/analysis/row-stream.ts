// Reads a table's row store front to back in pages: one pass, chunk by chunk, so a sample of crores of
// rows is analysed in bounded memory (one 64 KiB chunk plus one page of rows at a time). Sequential
// reading avoids the per-page index lookups of rawRows, which is for random access.
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../ingest/evidence-db';
import { hash53Range } from '../../../shared/analysis';
import { csvGroups } from '../ingest/table-rows';
import { groupRows, type CsvRowFormat } from '../ingest/csv-groups';

export interface RowPage {
  /** Per row, a hash of its stored JSON line (canonical text), for duplicate detection. */
  hashes: number[];
  rows: (string | null)[][];
}

export const PAGE_ROWS = 8192;

/** Pages of rows; `tableSeed` keeps row hashes of different tables apart. */
export function* rowPages(vault: Vault, t: TableRecord, tableSeed: number, pageRows = PAGE_ROWS): Generator<RowPage> {
  if (!t.rowsBlob || t.records === 0) return;
  if (t.rowFormat) {
    yield* csvRowPages(vault, { ...t, rowFormat: t.rowFormat, rowsBlob: t.rowsBlob }, tableSeed, pageRows);
    return;
  }
  const reader = vault.openBlob(t.rowsBlob);
  try {
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    let page: RowPage = { hashes: [], rows: [] };
    let seen = 0;
    for (const chunk of reader.stream(0)) {
      const text = carry + decoder.decode(chunk, { stream: true });
      const last = text.lastIndexOf('\n');
      if (last < 0) {
        carry = text;
        continue;
      }
      // One JSON.parse per chunk rather than per row: the rows are JSON arrays, one per line, and
      // JSON.stringify never leaves a raw newline inside a row.
      const body = text.slice(0, last);
      const rows = JSON.parse(`[${body.replaceAll('\n', ',')}]`) as (string | null)[][];
      let lineStart = 0;
      for (let i = 0; i < rows.length && seen < t.records; i++, seen++) {
        let lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = body.length;
        page.hashes.push(hash53Range(body, lineStart, lineEnd, tableSeed));
        lineStart = lineEnd + 1;
        page.rows.push(rows[i]!);
        if (page.rows.length === pageRows) {
          yield page;
          page = { hashes: [], rows: [] };
        }
      }
      carry = text.slice(last + 1);
      if (seen >= t.records) break;
    }
    if (page.rows.length > 0) yield page;
  } finally {
    reader.close();
  }
}

/** Row hash of a CSV record: its cells joined with a separator that cannot occur in a cell of a text file. */
function csvRowHash(row: (string | null)[], seed: number): number {
  let s = '';
  for (let i = 0; i < row.length; i++) s += (i > 0 ? '\u0000' : '') + (row[i] ?? '\u0001');
  return hash53Range(s, 0, s.length, seed);
}

function* csvRowPages(vault: Vault, t: TableRecord & { rowFormat: CsvRowFormat; rowsBlob: string }, tableSeed: number, pageRows: number): Generator<RowPage> {
  let page: RowPage = { hashes: [], rows: [] };
  let seen = 0;
  for (const g of csvGroups(vault, t)) {
    for (const row of groupRows(g.bytes, t.rowFormat)) {
      if (seen++ >= t.records) break;
      page.hashes.push(csvRowHash(row, tableSeed));
      page.rows.push(row);
      if (page.rows.length === pageRows) {
        yield page;
        page = { hashes: [], rows: [] };
      }
    }
  }
  if (page.rows.length > 0) yield page;
}
