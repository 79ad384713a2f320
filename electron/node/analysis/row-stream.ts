// Reads a table's row store front to back in pages: one pass, chunk by chunk, so a sample of crores of
// rows is analysed in bounded memory (one 64 KiB chunk plus one page of rows at a time). Sequential
// reading avoids the per-page index lookups of rawRows, which is for random access.
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../ingest/evidence-db';
import { hash53Range } from '../../../shared/analysis';

export interface RowPage {
  /** Per row, a hash of its stored JSON line (canonical text), for duplicate detection. */
  hashes: number[];
  rows: (string | null)[][];
}

export const PAGE_ROWS = 8192;

/** Pages of rows; `tableSeed` keeps row hashes of different tables apart. */
export function* rowPages(vault: Vault, t: TableRecord, tableSeed: number, pageRows = PAGE_ROWS): Generator<RowPage> {
  if (!t.rowsBlob || t.records === 0) return;
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
