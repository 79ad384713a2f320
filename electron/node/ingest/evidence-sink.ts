// Receives tables, rows and problems from a parser and writes them into encrypted row stores,
// with per-column statistics. Bounded memory: rows go straight to disk in 256-row batches.
import type { Vault } from '../vault/vault';
import type { Position, RecordSink } from './parsers/types';
import { RowStoreWriter } from './row-store';
import { ColumnProfile } from './column-stats';
import type { CsvRowFormat } from './csv-groups';

export const MAX_PROBLEMS_KEPT = 100;
const MAX_WARNINGS_KEPT = 50;

// The records the evidence store keeps; defined with the store (electron/node/store/evidence.ts).
import type { Problem, Warning, RowIndexEntry } from '../store/evidence';
export type { Problem, Warning, RowIndexEntry };

/** Records read in place from the original's bytes (CSV), not from a row store. */
export interface InPlaceRows {
  format: CsvRowFormat;
  index: RowIndexEntry[];
  rows: number;
}

export class SinkTable {
  columns: string[] = [];
  profiles: ColumnProfile[] = [];
  store: RowStoreWriter | null = null;
  inPlace: InPlaceRows | null = null;
  constructor(
    readonly name: string,
    readonly position: number,
  ) {}
  get rows(): number {
    return this.inPlace?.rows ?? this.store?.rows ?? 0;
  }
  /** Where each run of rows starts in the stored bytes. */
  rowIndex(indexEvery: number): RowIndexEntry[] {
    if (this.inPlace) return this.inPlace.index;
    return (this.store?.index ?? []).map((offset, k) => ({ row: k * indexEvery, offset }));
  }
}

/** Columns whose values name files beside the evidence (Telegram exports keep photos next to result.json). */
const MEDIA_COLUMN = 'photo';
const MAX_MEDIA_REFS = 10_000;

export class EvidenceSink implements RecordSink {
  readonly tables = new Map<string, SinkTable>();
  /** Values of 'photo' columns: relative paths the pipeline may acquire as child evidence. */
  readonly mediaRefs = new Set<string>();
  malformedCount = 0;
  readonly problems: Problem[] = [];
  readonly warnings: Warning[] = [];
  records = 0;
  /** Blob files derived from the evidence besides its row stores (OCR results of PDF page images): the
   * caller records them on commit; abort() deletes them with the row stores when nothing is committed. */
  readonly ownedBlobs: string[] = [];

  constructor(private readonly vault: Vault) {}

  table(name: string, columns: string[]): void {
    let t = this.tables.get(name);
    if (!t) {
      t = new SinkTable(name, this.tables.size);
      this.tables.set(name, t);
    }
    for (let i = t.columns.length; i < columns.length; i++) {
      t.columns.push(columns[i]!);
      t.profiles.push(new ColumnProfile(columns[i]!));
    }
  }

  row(table: string, cells: (string | null)[], _at: Position): void {
    let t = this.tables.get(table);
    if (!t) {
      this.table(table, cells.map((_, i) => `column_${i + 1}`));
      t = this.tables.get(table)!;
    }
    if (!t.store) t.store = new RowStoreWriter(this.vault);
    const profiles = t.profiles;
    for (let i = 0; i < profiles.length; i++) {
      const v = cells[i];
      profiles[i]!.add(v);
      if (v && profiles[i]!.name === MEDIA_COLUMN && this.mediaRefs.size < MAX_MEDIA_REFS) this.mediaRefs.add(v);
    }
    t.store.add(cells);
    this.records++;
  }

  /** A table whose records stay in the original's bytes (already counted and profiled). */
  storedTable(name: string, columns: string[], profiles: ColumnProfile[], inPlace: InPlaceRows): void {
    this.table(name, columns);
    const t = this.tables.get(name)!;
    t.profiles = profiles;
    t.inPlace = inPlace;
    this.records += inPlace.rows;
  }

  malformed(table: string | null, at: Position, reason: string): void {
    this.malformedCount++;
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push({ table, ...at, reason });
  }

  warning(code: string, message: string, at?: Position): void {
    if (this.warnings.length < MAX_WARNINGS_KEPT && !this.warnings.some((w) => w.code === code && w.message === message)) {
      this.warnings.push({ code, message, ...at });
    }
  }

  close(): void {
    for (const t of this.tables.values()) t.store?.close();
  }

  abort(): void {
    for (const t of this.tables.values()) t.store?.abort();
    for (const id of this.ownedBlobs.splice(0)) this.vault.removeBlobFile(id);
  }

  blobIds(): { blobId: string; bytes: number }[] {
    return [...this.tables.values()].filter((t) => t.store).map((t) => ({ blobId: t.store!.blobId, bytes: t.store!.bytes }));
  }
}
