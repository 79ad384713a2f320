// Display formats for Indian officials: Indian digit grouping (4,00,00,000) and times in IST with the
// offset spelled out, whatever the computer's own time zone is.
import { LOCALE_TAG, type Language } from '../../../shared/i18n';

const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE_TAG[lang])));
  return f.format(n);
}

/** "27 Nov 2026, 14:10 IST (UTC+05:30)". India has one zone and no daylight saving, so the offset is fixed. */
export function formatIST(isoUtc: string, lang: Language, suffix: string): string {
  const d = new Date(isoUtc);
  if (Number.isNaN(d.getTime())) return isoUtc;
  const parts = new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    timeZone: 'Asia/Kolkata',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Assembled by hand so English and Hindi share one layout: day month year, hh:mm.
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} ${suffix}`;
}

/** The first and last groups of a key fingerprint, for the status bar; the full value is one click away. */
export function shortFingerprint(fp: string): string {
  const [algo, rest] = fp.includes(':') ? [fp.slice(0, fp.indexOf(':') + 1), fp.slice(fp.indexOf(':') + 1)] : ['', fp];
  const groups = rest.trim().split(/\s+/);
  if (groups.length <= 4) return fp;
  return `${algo}${groups.slice(0, 2).join(' ')} … ${groups.slice(-1).join(' ')}`;
}

/** "27 Nov 2026, 14:10:05 IST (UTC+05:30)": custody entries need the seconds. */
export function formatISTSeconds(isoUtc: string, lang: Language, suffix: string): string {
  const d = new Date(isoUtc);
  if (Number.isNaN(d.getTime())) return isoUtc;
  const base = formatIST(isoUtc, lang, suffix);
  const seconds = String(new Date(d.getTime()).getUTCSeconds()).padStart(2, '0');
  // IST is a whole-minute offset, so the UTC seconds are the IST seconds; insert them after hh:mm.
  return base.replace(/(\d{2}:\d{2})( )/, `$1:${seconds}$2`);
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** "43.6 MB" (binary multiples, one decimal above KB): for quick reading; exact counts are shown beside it. */
export function formatBytes(n: number, lang: Language): string {
  let v = n;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = u === 0 ? 0 : v < 10 ? 1 : v < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits: digits, minimumFractionDigits: u === 0 ? 0 : digits }).format(v)} ${UNITS[u]}`;
}

/** Minutes and seconds for a time left: "1 min 05 s" / "12 s". Hours appear only when needed. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(r).padStart(2, '0')} s`;
  return `${r} s`;
}

/** First and last characters of a hash, for a dense column; the full value is copied, never retyped. */
export function shortHash(hex: string, head = 10, tail = 6): string {
  return hex.length <= head + tail + 1 ? hex : `${hex.slice(0, head)}…${hex.slice(-tail)}`;
}
