// Numbers and times the way Indian officials read them. Written by hand rather than with Intl so the
// output is identical in Node, Chromium and Electron whatever ICU data each ships (reports must be
// byte-identical for the same input).
import type { ReportLang } from './model';

const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;

const MONTHS: Record<ReportLang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  hi: ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock parts in IST of a UTC ISO time; null if it does not parse. */
function istParts(iso: string): { y: number; m: number; d: number; hh: number; mm: number; ss: number } | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const x = new Date(t + IST_OFFSET_MS);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth(), d: x.getUTCDate(), hh: x.getUTCHours(), mm: x.getUTCMinutes(), ss: x.getUTCSeconds() };
}

/** "27 Nov 2026, 14:10 IST (UTC+05:30)". Unparseable input is returned as given, never hidden. */
export function formatIst(iso: string, lang: ReportLang = 'en', seconds = false): string {
  const p = istParts(iso);
  if (!p) return iso;
  const time = `${pad(p.hh)}:${pad(p.mm)}${seconds ? `:${pad(p.ss)}` : ''}`;
  return `${p.d} ${MONTHS[lang][p.m]} ${p.y}, ${time} IST (UTC+05:30)`;
}

/** Compact form for long tables: "27-11-2026 14:10:05" (IST; the column header says so). */
export function formatIstShort(iso: string): string {
  const p = istParts(iso);
  if (!p) return iso;
  return `${pad(p.d)}-${pad(p.m + 1)}-${p.y} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
}

/** DD/MM/YYYY in IST, as the s.63 certificate form asks. */
export function formatIstDate(iso: string): string {
  const p = istParts(iso);
  return p ? `${pad(p.d)}/${pad(p.m + 1)}/${p.y}` : iso;
}

/** HH:MM:SS IST. */
export function formatIstTime(iso: string): string {
  const p = istParts(iso);
  return p ? `${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)} IST` : iso;
}

/** Indian digit grouping: 40000000 → "4,00,00,000". Integers only; fractions are rounded. */
export function groupIndian(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const s = String(Math.round(Math.abs(n)));
  if (s.length <= 3) return (neg ? '-' : '') + s;
  const last3 = s.slice(-3);
  const rest = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${rest},${last3}`;
}

const WORDS: Record<ReportLang, { crore: string; lakh: string; thousand: string }> = {
  en: { crore: 'crore', lakh: 'lakh', thousand: 'thousand' },
  hi: { crore: 'करोड़', lakh: 'लाख', thousand: 'हज़ार' },
};

function trimmed(x: number): string {
  // One decimal is enough for a summary; "2.0" reads worse than "2".
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** "4.2 crore", "12.5 lakh", "85 thousand" (Hindi: करोड़, लाख, हज़ार); below a thousand, the number. */
export function indianWords(n: number, lang: ReportLang = 'en'): string {
  const w = WORDS[lang];
  const a = Math.abs(n);
  if (a >= 1e7) return `${trimmed(n / 1e7)} ${w.crore}`;
  if (a >= 1e5) return `${trimmed(n / 1e5)} ${w.lakh}`;
  if (a >= 1e3) return `${trimmed(n / 1e3)} ${w.thousand}`;
  return groupIndian(n);
}

/** "4,00,00,000 (4 crore)"; small numbers stay plain. */
export function countWithWords(n: number, lang: ReportLang = 'en'): string {
  return Math.abs(n) >= 1e5 ? `${groupIndian(n)} (${indianWords(n, lang)})` : groupIndian(n);
}

/** Binary sizes with the exact byte count, since hashes are over exact bytes: "1.2 MiB (12,58,291 bytes)". */
export function formatBytes(n: number, bytesWord = 'bytes'): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (n < 1024) return `${groupIndian(n)} ${bytesWord}`;
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]} (${groupIndian(n)} ${bytesWord})`;
}
