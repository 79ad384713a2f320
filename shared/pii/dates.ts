// Calendar dates in the formats Indian records use, and what counts as a plausible date of birth.

export const MIN_BIRTH_YEAR = 1900;

// "Now", read once when the module loads: a date of birth is never in the future.
const NOW_MS = Date.now();
const NOW_YEAR = new Date(NOW_MS).getUTCFullYear();

/** Latest plausible birth year: this year. */
export function maxBirthYear(): number {
  return NOW_YEAR;
}

// Days per month (February outside leap years); a constant, so a check per cell allocates nothing.
const MONTH_DAYS = new Uint8Array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

export function calendarValid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (d <= MONTH_DAYS[m - 1]!) return true;
  return m === 2 && d === 29 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
}

export function plausibleBirthDate(y: number, m: number, d: number): boolean {
  if (y < MIN_BIRTH_YEAR || y > maxBirthYear() || !calendarValid(y, m, d)) return false;
  return y < NOW_YEAR || Date.UTC(y, m - 1, d) <= NOW_MS;
}

const MONTHS = new Map<string, number>();
(
  [
    ['jan january जनवरी', 1],
    ['feb february फरवरी फ़रवरी', 2],
    ['mar march मार्च', 3],
    ['apr april अप्रैल अप्रेल', 4],
    ['may मई', 5],
    ['jun june जून', 6],
    ['jul july जुलाई', 7],
    ['aug august अगस्त', 8],
    ['sep sept september सितंबर सितम्बर', 9],
    ['oct october अक्टूबर अक्तूबर', 10],
    ['nov november नवंबर नवम्बर', 11],
    ['dec december दिसंबर दिसम्बर', 12],
  ] as const
).forEach(([names, m]) => names.split(' ').forEach((n) => MONTHS.set(n, m)));

/** Month number for an English (full or abbreviated) or Hindi month name, else 0. */
export function monthFromName(name: string): number {
  return MONTHS.get(name.toLowerCase()) ?? 0;
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/**
 * Reads a whole string as a date: dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd,
 * "12 Mar 1990", "12-Mar-1990", "12 March, 1990". Indian day-first order; mm-dd only when the
 * day-first reading is impossible. Returns null when it is not a real calendar date.
 */
export function parseDate(raw: string): YMD | null {
  const s = raw.trim();
  let m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (calendarValid(y, b, a)) return { y, m: b, d: a };
    if (calendarValid(y, a, b)) return { y, m: a, d: b };
    return null;
  }
  m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    return calendarValid(y, mo, d) ? { y, m: mo, d } : null;
  }
  m = /^(\d{1,2})[ -]([A-Za-z\u0900-\u097f]{3,9})\.?,?[ -](\d{4})$/.exec(s);
  if (m) {
    const mo = monthFromName(m[2]!);
    const d = Number(m[1]);
    const y = Number(m[3]);
    return mo && calendarValid(y, mo, d) ? { y, m: mo, d } : null;
  }
  return null;
}

export function isoDate(v: YMD): string {
  return `${String(v.y).padStart(4, '0')}-${String(v.m).padStart(2, '0')}-${String(v.d).padStart(2, '0')}`;
}
