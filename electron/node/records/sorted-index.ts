// Sorting a table's records by one column, inside the core. The renderer never holds more than a page:
// it asks for positions [offset, offset + limit) of the sorted order and receives those records redacted,
// with their record numbers. The order itself is a permutation of record numbers (4 bytes a record) kept in
// this process's memory for the unlocked vault only: never written to disk, dropped with the Vault object
// on lock. Sorting by a column of personal data compares the raw values, so the order says something about
// values the examiner sees masked (e.g. which masked Aadhaar numbers are adjacent). That is accepted, like
// search over raw values: it reveals no value, and every sort is written to the custody log (column and
// direction, never a value) so a reviewer can see that it was done.
import { SakshyaError } from '../../../shared/api/errors';
import type { Vault } from '../vault/vault';
import type { TableRecord } from '../store/evidence';
import { readTableRows } from '../ingest/table-rows';

export type SortDirection = 'asc' | 'desc';
/** How a column's values were compared: as numbers when every non-empty value is a plain decimal number. */
export type SortCompare = 'number' | 'text';

export interface SortedIndex {
  /** order[k] = record number (0-based) at sorted position k. */
  order: Uint32Array;
  compared: SortCompare;
}

/** The most records one sort reads (the column's values are held in memory while sorting). */
export const SORT_MAX_RECORDS = 5_000_000;
/** Sorted orders kept per unlocked vault; the least recently used one is dropped first. */
const KEEP_ORDERS = 6;
const READ_PAGE = 4096;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const caches = new WeakMap<Vault, Map<string, SortedIndex>>();

/** The cached order, if this unlocked vault has built it already. */
export function cachedOrder(vault: Vault, t: TableRecord, column: number, direction: SortDirection): SortedIndex | undefined {
  const cache = caches.get(vault);
  const key = keyOf(t, column, direction);
  const hit = cache?.get(key);
  if (hit && cache) {
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

export function buildOrder(vault: Vault, t: TableRecord, column: number, direction: SortDirection): SortedIndex {
  if (t.records > SORT_MAX_RECORDS) {
    throw new SakshyaError(
      'INVALID_INPUT',
      `Table ${t.name} has ${t.records} records; sorting is limited to ${SORT_MAX_RECORDS} records. Search finds records in larger tables.`,
    );
  }
  const values: (string | null)[] = new Array<string | null>(t.records);
  let n = 0;
  for (let off = 0; off < t.records; off += READ_PAGE) {
    const rows = readTableRows(vault, t, off, READ_PAGE);
    if (rows.length === 0) break;
    for (const r of rows) values[n++] = normalise(r[column]);
  }
  values.length = n;
  const index = sortValues(values, direction);
  let cache = caches.get(vault);
  if (!cache) caches.set(vault, (cache = new Map()));
  cache.set(keyOf(t, column, direction), index);
  while (cache.size > KEEP_ORDERS) cache.delete(cache.keys().next().value!);
  values.fill(null);
  return index;
}

function keyOf(t: TableRecord, column: number, direction: SortDirection): string {
  return `${t.evidenceId}\u0000${t.name}\u0000${column}\u0000${direction}`;
}

function normalise(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = v.trim();
  return s === '' ? null : s;
}

/** The order of `values` (null = empty). Empty values come last in both directions; equal values keep
 * record order, so the result is the same every time. Text compares case- and accent-insensitively by
 * Unicode code point. Distinct values are sorted natively (no comparator calls), then records are placed
 * by the rank of their value in one stable counting pass: about a second for 10 lakh records. */
export function sortValues(values: readonly (string | null)[], direction: SortDirection): SortedIndex {
  const numeric = values.some((v) => v !== null) && values.every((v) => v === null || NUMBER.test(v));
  const ranks = new Int32Array(values.length).fill(-1);
  let distinct: number;
  if (numeric) {
    const keys = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) if (values[i] !== null) keys[i] = Number(values[i]);
    let filled = 0;
    for (const v of values) if (v !== null) filled++;
    const sorted = new Float64Array(filled);
    for (let i = 0, k = 0; i < values.length; i++) if (values[i] !== null) sorted[k++] = keys[i]!;
    sorted.sort();
    let u = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[u - 1]) sorted[u++] = sorted[k]!;
    distinct = u;
    for (let i = 0; i < values.length; i++) if (values[i] !== null) ranks[i] = lowerBound(sorted, u, keys[i]!);
  } else {
    const keys = values.map((v) => (v === null ? null : textKey(v)));
    const uniq = [...new Set(keys.filter((k): k is string => k !== null))].sort();
    const rankOf = new Map(uniq.map((k, r) => [k, r]));
    distinct = uniq.length;
    for (let i = 0; i < values.length; i++) if (keys[i] !== null) ranks[i] = rankOf.get(keys[i]!)!;
  }
  // Counting sort by rank (descending: rank reversed); bucket `distinct` holds the empty values, last.
  const bucket = (i: number) => (ranks[i]! < 0 ? distinct : direction === 'asc' ? ranks[i]! : distinct - 1 - ranks[i]!);
  const start = new Uint32Array(distinct + 2);
  for (let i = 0; i < values.length; i++) start[bucket(i) + 1]!++;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) order[start[bucket(i)]!++] = i;
  return { order, compared: numeric ? 'number' : 'text' };
}

function lowerBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Case and accents folded: 'Ágra' and 'agra' compare equal. */
function textKey(v: string): string {
  if (!/[^\x00-\x7f]/.test(v)) return v.toLowerCase();
  return v.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
