// Reads a table's stored bytes front to back, decrypting each chunk once, and cuts them into pieces of
// about a mebibyte that can be parsed on their own: whole groups of a CSV kept in place (cut where the
// row index says groups start, as csvGroups does), or whole lines of a row store (one JSON array per
// line). A piece goes to piece-profile.ts on this thread or on a worker thread. Each piece owns its
// ArrayBuffer, so it can be transferred to a worker without a copy and without sharing memory.
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../store/evidence';
import type { CsvRowFormat } from '../ingest/csv-groups';
import { csvGroups } from '../ingest/table-rows';

/** Bytes of a piece: small enough to keep a few in flight per worker, big enough to make messages rare. */
export const PIECE_BYTES = 1 << 20;

export interface TablePiece {
  /** Plaintext of whole groups or whole lines, in its own ArrayBuffer. */
  bytes: Uint8Array;
  /** CSV: byte length of each group in `bytes`, parsed one by one. Row store: null. */
  groups: number[] | null;
  /** Rows of the piece to take at most: the table's record count caps the last piece. */
  limit: number;
}

/** The pieces of a table, in order. */
export function* tablePieces(vault: Vault, t: TableRecord, pieceBytes = PIECE_BYTES): Generator<TablePiece> {
  if (!t.rowsBlob || t.records === 0) return;
  if (t.rowFormat) yield* csvPieces(vault, { ...t, rowFormat: t.rowFormat, rowsBlob: t.rowsBlob }, pieceBytes);
  else yield* linePieces(vault, t.rowsBlob, t.records, pieceBytes);
}

function* csvPieces(vault: Vault, t: TableRecord & { rowFormat: CsvRowFormat; rowsBlob: string }, pieceBytes: number): Generator<TablePiece> {
  let held: Buffer[] = [];
  let size = 0;
  let firstRow = 0;
  const piece = (): TablePiece => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const g of held) {
      bytes.set(g, at);
      at += g.length;
    }
    const out = { bytes, groups: held.map((g) => g.length), limit: t.records - firstRow };
    held = [];
    size = 0;
    return out;
  };
  for (const g of csvGroups(vault, t)) {
    if (g.firstRow >= t.records) break;
    if (held.length === 0) firstRow = g.firstRow;
    held.push(g.bytes);
    size += g.bytes.length;
    if (size >= pieceBytes) yield piece();
  }
  if (held.length > 0) yield piece();
}

function* linePieces(vault: Vault, blob: string, records: number, pieceBytes: number): Generator<TablePiece> {
  const reader = vault.openBlob(blob);
  try {
    let held: Buffer[] = [];
    let size = 0;
    let lines = 0;
    for (const chunk of reader.stream(0)) {
      held.push(chunk);
      size += chunk.length;
      if (size < pieceBytes) continue;
      const all = held.length === 1 ? held[0]! : Buffer.concat(held, size);
      const cut = all.lastIndexOf(0x0a) + 1;
      if (cut === 0) {
        held = [all]; // one line longer than a piece: keep reading
        continue;
      }
      const bytes = new Uint8Array(cut);
      bytes.set(all.subarray(0, cut));
      const n = countLines(bytes);
      yield { bytes, groups: null, limit: records - lines };
      lines += n;
      if (lines >= records) return;
      const rest = all.subarray(cut);
      held = rest.length > 0 ? [rest] : [];
      size = rest.length;
    }
    // Rows end with a line break; bytes after the last one are not a row.
    const all = Buffer.concat(held, size);
    const cut = all.lastIndexOf(0x0a) + 1;
    if (cut > 0) yield { bytes: Uint8Array.from(all.subarray(0, cut)), groups: null, limit: records - lines };
  } finally {
    reader.close();
  }
}

function countLines(b: Uint8Array): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let n = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}
