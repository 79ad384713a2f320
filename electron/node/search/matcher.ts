// How a search query meets a value: case-insensitive, digits in any script compared as ASCII, and a query
// of digits (with or without spaces or hyphens) compared with the value's spaces and hyphens removed, so an
// Aadhaar typed as "2345 6789 0124" or "234567890124" finds it either way. One rule for the one-table
// search and the case-wide search.
import { normaliseDigits } from '../../../shared/pii';

export type Span = [start: number, end: number];

export interface Matcher {
  /** Whether the value contains the query. */
  test(value: string): boolean;
  /** Where the query is in `text` (UTF-16 offsets into `text` itself), or null. */
  find(text: string): Span | null;
}

const SEPARATOR = /[\s-]/;

export function normaliseForSearch(s: string): string {
  return normaliseDigits(s).toLowerCase();
}

export function matcherFor(query: string): Matcher {
  const q = normaliseForSearch(query.trim());
  const digits = /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : '';
  return {
    test(value) {
      const n = normaliseForSearch(value);
      return (q.length > 0 && n.includes(q)) || (digits.length > 0 && n.replace(/[\s-]/g, '').includes(digits));
    },
    find(text) {
      const n = normaliseForSearch(text);
      // Lower-casing can change a string's length (e.g. 'İ'); offsets would then point elsewhere.
      if (n.length !== text.length) return null;
      const at = q.length > 0 ? n.indexOf(q) : -1;
      if (at >= 0) return [at, at + q.length];
      if (digits.length === 0) return null;
      const kept: number[] = [];
      let compact = '';
      for (let i = 0; i < n.length; i++) {
        if (SEPARATOR.test(n[i]!)) continue;
        kept.push(i);
        compact += n[i];
      }
      const c = compact.indexOf(digits);
      return c < 0 ? null : [kept[c]!, kept[c + digits.length - 1]! + 1];
    },
  };
}

/** Where to mark a match in the REDACTED text of a cell whose raw text matched. Only offsets into the
 * redacted text are computed, so nothing of the raw value travels with them. The match itself when it is
 * visible in the redacted text; otherwise the masked part that covers it (the span where raw and redacted
 * differ, widened by any visible part of the match); the whole cell when nothing narrower can be said. */
export function markInRedacted(raw: string, redacted: string, m: Matcher): Span | null {
  if (redacted.length === 0) return null;
  const visible = m.find(redacted);
  if (visible) return visible;
  const inRaw = m.find(raw);
  if (!inRaw) return [0, redacted.length];
  const max = Math.min(raw.length, redacted.length);
  let p = 0;
  while (p < max && raw[p] === redacted[p]) p++;
  let s = 0;
  while (s < max - p && raw[raw.length - 1 - s] === redacted[redacted.length - 1 - s]) s++;
  const start = Math.min(inRaw[0], p);
  const end = inRaw[1] > raw.length - s ? redacted.length - (raw.length - inRaw[1]) : redacted.length - s;
  return end > start ? [start, end] : [0, redacted.length];
}
