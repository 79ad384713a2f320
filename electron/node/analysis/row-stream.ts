// Reads a table's row store front to back in pages: one pass, chunk by chunk, so a sample of crores of
// rows is analysed in bounded memory (one 64 KiB chunk plus one page of rows at a time). Sequential
// reading avoids the per-page index lookups of rawRows, which is for random access.
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../ingest/evidence-db';

export interface RowPage {
  /** Each row's stored JSON line: canonical text for duplicate detection. */
  lines: string[];
  rows: (string | null)[][];
}

export const PAGE_ROWS = 8192;

export function* rowPages(vault: Vault, t: TableRecord, pageRows = PAGE_ROWS): Generator<RowPage> {
  if (!t.rowsBlob || t.records === 0) return;
  const reader = vault.openBlob(t.rowsBlob);
  try {
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    let page: RowPage = { lines: [], rows: [] };
    let seen = 0;
    for (const chunk of reader.stream(0)) {
      const text = carry + decoder.decode(chunk, { stream: true });
      let start = 0;
      let nl: number;
      while ((nl = text.indexOf('\n', start)) >= 0) {
        const line = text.slice(start, nl);
        start = nl + 1;
        page.lines.push(line);
        page.rows.push(JSON.parse(line) as (string | null)[]);
        if (++seen >= t.records) break;
        if (page.rows.length === pageRows) {
          yield page;
          page = { lines: [], rows: [] };
        }
      }
      if (seen >= t.records) break;
      carry = text.slice(start);
    }
    if (page.rows.length > 0) yield page;
  } finally {
    reader.close();
  }
}
