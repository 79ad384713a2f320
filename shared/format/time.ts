// Times are stored in UTC and shown in India Standard Time with the offset spelled out, because the readers
// are Indian officials and a bare local time in a report is ambiguous. India has one zone and no daylight
// saving, so IST is UTC+05:30 at every instant and the computer's own zone never matters. Written by hand
// rather than with Intl so that the app, the CLI and printed reports show the same characters whatever ICU
// data each ships (reports must be byte-identical for the same input).
//
// Hindi: the month's Hindi name (नवंबर), digits 0-9 as in English (see numbers.ts), and the same
// "IST (UTC+05:30)" label, which the Hindi catalogue keeps in Latin letters too.
import type { Language } from '../i18n';

const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;
const ZONE_LABEL = 'IST (UTC+05:30)';

const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  hi: ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock parts in IST of a UTC time; null if it does not parse. */
function istParts(at: string | Date): { y: number; m: number; d: number; hh: number; mm: number; ss: number } | null {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(t)) return null;
  const x = new Date(t + IST_OFFSET_MS);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth(), d: x.getUTCDate(), hh: x.getUTCHours(), mm: x.getUTCMinutes(), ss: x.getUTCSeconds() };
}

export interface IstOptions {
  /** Custody entries, checkpoints and verification times need the seconds; summaries do not. */
  seconds?: boolean;
}

/** "27 Nov 2026, 14:10 IST (UTC+05:30)" (Hindi: "27 नवंबर 2026, …"). Unparseable input is returned as given,
 * never hidden. */
export function formatIst(at: string | Date, lang: Language = 'en', opts: IstOptions = {}): string {
  const p = istParts(at);
  if (!p) return String(at);
  const time = `${pad(p.hh)}:${pad(p.mm)}${opts.seconds ? `:${pad(p.ss)}` : ''}`;
  return `${p.d} ${MONTHS[lang][p.m]} ${p.y}, ${time} ${ZONE_LABEL}`;
}

/** Compact form for long tables: "27-11-2026 14:10:05" (IST; the column header says so). */
export function formatIstShort(at: string | Date): string {
  const p = istParts(at);
  if (!p) return String(at);
  return `${pad(p.d)}-${pad(p.m + 1)}-${p.y} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
}

/** DD/MM/YYYY in IST, as the s.63 certificate form asks. */
export function formatIstDate(at: string | Date): string {
  const p = istParts(at);
  return p ? `${pad(p.d)}/${pad(p.m + 1)}/${p.y}` : String(at);
}

/** "14:10:05 IST". */
export function formatIstTime(at: string | Date): string {
  const p = istParts(at);
  return p ? `${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)} IST` : String(at);
}
