// "Open this record": a search hit or a bookmark asks for a record of an item, and the case area switches
// to the Evidence tab, which selects the item and scrolls its grid to the record. A tiny store, because
// the asker and the Evidence tab are siblings in different tabs.
import { useSyncExternalStore } from 'react';

export interface RecordLink {
  caseId: string;
  evidenceId: string;
  /** The table to show; null for the item's first table. */
  table: string | null;
  /** 0-based record. */
  row: number;
  /** Grows with every request, so asking for the same record twice still moves the grid. */
  nonce: number;
}

let current: RecordLink | null = null;
let nonce = 0;
const listeners = new Set<() => void>();

export function openRecord(link: Omit<RecordLink, 'nonce'>): void {
  current = { ...link, nonce: ++nonce };
  for (const l of listeners) l();
}

export function useRecordLink(caseId: string): RecordLink | null {
  const link = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  return link?.caseId === caseId ? link : null;
}
