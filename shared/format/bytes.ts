// Sizes in decimal units, the SI meaning of the prefixes: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes. One
// rule for the app, the CLI and reports (they used to disagree: "MB" of 1,048,576 bytes in the app, MiB in
// reports and the CLI). Where the exact size matters
// (custody entries, reports, item details: hashes are over exact bytes) the exact byte count stands beside
// it in Indian grouping: "642 kB (6,41,724 bytes)".
//
// Hindi: the unit symbols kB, MB, GB, TB stay as they are (SI symbols, written so in Hindi technical text;
// the catalogue has no Hindi words for them) and the word for bytes is "बाइट", the catalogue's word. Digits
// are 0-9 in both languages (numbers.ts).
import type { Language } from '../i18n';
import { formatNumber } from './numbers';

const UNITS = ['kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** "6,41,724 bytes" / "6,41,724 बाइट"; "1 byte" in English. */
export function byteCount(n: number, lang: Language = 'en'): string {
  if (lang === 'hi') return `${formatNumber(n, lang)} बाइट`;
  return `${formatNumber(n, lang)} ${n === 1 ? 'byte' : 'bytes'}`;
}

/** "43.6 MB", "642 kB" (one decimal below 100 of a unit, none above); below 1,000 bytes the exact count. */
export function formatBytes(n: number, lang: Language = 'en'): string {
  if (!Number.isFinite(n) || Math.abs(n) < 1000) return byteCount(n, lang);
  for (let u = 0; ; u++) {
    const v = n / 1000 ** (u + 1);
    const text = formatNumber(v, lang, Math.abs(v) < 99.95 ? 1 : 0);
    // 999,999 bytes is "1.0 MB", not "1000 kB": a value that rounds up to 1,000 moves to the next unit.
    if (Math.abs(Number(text.replace(/,/g, ''))) < 1000 || u === UNITS.length - 1) return `${text} ${UNITS[u]}`;
  }
}

/** "642 kB (6,41,724 bytes)": the readable size with the exact count beside it; below 1,000 bytes the count. */
export function formatBytesExact(n: number, lang: Language = 'en'): string {
  if (!Number.isFinite(n) || Math.abs(n) < 1000) return byteCount(n, lang);
  return `${formatBytes(n, lang)} (${byteCount(n, lang)})`;
}
