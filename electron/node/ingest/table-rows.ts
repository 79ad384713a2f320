// Reads a table's records wherever they are stored: its row store (one JSON array per line) or, for a CSV,
// in place in the encrypted original, group by group (csv-groups.ts). Random access goes through the row
// index; a front-to-back pass decrypts each chunk once.
import type { Vault } from '../vault/vault';
import { indexEntriesFrom, indexEntryFor, rowIndexOf, type TableRecord } from '../store/evidence';
import { readRows } from './row-store';
import { groupRows, type CsvRowFormat } from './csv-groups';

const ENTRY_BATCH = 64;

/** Rows [offset, offset + limit) of a table. */
export function readTableRows(vault: Vault, t: TableRecord, offset: number, limit: number): (string | null)[][] {
  if (!t.rowsBlob || offset >= t.records || limit <= 0) return [];
  const want = Math.min(limit, t.records - offset);
  const entry = indexEntryFor(vault.db, t.evidenceId, t.name, offset);
  if (!t.rowFormat) return readRows(vault, t.rowsBlob, entry.offset, offset - entry.row, want);
  const f = t.rowFormat;
  const out: (string | null)[][] = [];
  const reader = vault.openBlob(t.rowsBlob);
  try {
    let skip = offset - entry.row;
    let from = entry.row;
    for (;;) {
      const es = indexEntriesFrom(vault.db, t.evidenceId, t.name, from, ENTRY_BATCH + 1);
      if (es.length === 0) return out;
      const last = es.length <= ENTRY_BATCH; // this batch holds the table's final group
      const n = last ? es.length : ENTRY_BATCH;
      for (let k = 0; k < n; k++) {
        const start = es[k]!.offset;
        const end = k + 1 < es.length ? es[k + 1]!.offset : f.end;
        const rows = groupRows(reader.read(start, end - start), f);
        for (let i = skip; i < rows.length; i++) {
          out.push(rows[i]!);
          if (out.length >= want) return out;
        }
        skip = Math.max(0, skip - rows.length);
      }
      if (last) return out;
      from = es[ENTRY_BATCH]!.row;
    }
  } finally {
    reader.close();
  }
}

/** A CSV table's groups front to back: each group's first row number and its bytes. */
export function* csvGroups(vault: Vault, t: TableRecord & { rowFormat: CsvRowFormat; rowsBlob: string }): Generator<{ firstRow: number; bytes: Buffer }> {
  const index = rowIndexOf(vault.db, t.evidenceId, t.name);
  if (index.length === 0) return;
  const end = t.rowFormat.end;
  const reader = vault.openBlob(t.rowsBlob);
  try {
    let k = 0;
    let pending: Buffer[] = [];
    let pendingStart = index[0]!.offset;
    let pendingLen = 0;
    const cut = (upTo: number): Buffer => {
      const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      const group = all.subarray(0, upTo - pendingStart);
      const rest = all.subarray(upTo - pendingStart);
      pending = rest.length > 0 ? [rest] : [];
      pendingLen = rest.length;
      pendingStart = upTo;
      return group;
    };
    for (const chunk of reader.stream(pendingStart)) {
      pending.push(chunk);
      pendingLen += chunk.length;
      while (k < index.length) {
        const groupEnd = k + 1 < index.length ? index[k + 1]!.offset : end;
        if (pendingStart + pendingLen < groupEnd) break;
        yield { firstRow: index[k]!.row, bytes: cut(groupEnd) };
        k++;
      }
      if (k >= index.length) return;
    }
    // The blob ended before the recorded end (cannot happen for an intact blob: its size is checked).
    if (k < index.length && pendingLen > 0) yield { firstRow: index[k]!.row, bytes: cut(pendingStart + pendingLen) };
  } finally {
    reader.close();
  }
}
