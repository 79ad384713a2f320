// The one format of a case ID, checked wherever an ID enters: API requests, `--case` arguments, case
// packages from another vault. IDs become folder names (the default report folder) and lines of signed
// checkpoint text, so anything else (`../`, separators, control characters) is refused, not cleaned.
// electron/node/store/cases.ts newCaseId() makes them: 'c' and 10 lower-case hex digits.

export const CASE_ID_PATTERN = /^c[0-9a-f]{10}$/;

export function isValidCaseId(value: unknown): value is string {
  return typeof value === 'string' && CASE_ID_PATTERN.test(value);
}

/** Quoted for messages: JSON-escaped and cut short, so a hostile ID cannot break the line it is shown on. */
export function quoteId(value: unknown): string {
  const s = JSON.stringify(typeof value === 'string' ? value : String(value)) ?? '""';
  return s.length > 40 ? `${s.slice(0, 37)}…"` : s;
}
