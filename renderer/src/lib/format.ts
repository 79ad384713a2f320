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
