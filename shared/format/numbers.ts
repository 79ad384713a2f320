// Numbers the way Indian officials read them: Indian digit grouping (12,34,567; 4,00,00,000) and, in
// summaries, lakh and crore. Written by hand rather than with Intl so that the app (Chromium/Electron),
// the CLI (Node) and printed reports give the same characters whatever ICU data each ships; reports must be
// byte-identical for the same input.
//
// Language: Hindi text keeps the digits 0-9 (as Indian government documents in Hindi do, and as every
// other surface of the app shows identifiers, hashes and counts); only words change (लाख, करोड़, हज़ार).
// Devanagari digits (०-९) are never produced. formatNumber still takes the reader's language, as every
// formatter here does, so that call sites read alike and that decision has one place to change.
import type { Language } from '../i18n';

/** "12,34,567": Indian grouping of the integer part, the same in English and Hindi; the fraction, if asked
 * for, fixed to `fractionDigits`. */
export function formatNumber(n: number, lang: Language = 'en', fractionDigits = 0): string {
  void lang; // digits 0-9 and Indian grouping in both languages (see above)
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [whole = '0', frac] = fixed.split('.');
  const grouped = whole.length <= 3 ? whole : `${whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${whole.slice(-3)}`;
  // "-0" is not a number anyone writes: a value that rounds to zero is shown unsigned.
  const neg = n < 0 && /[1-9]/.test(fixed);
  return `${neg ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** Indian digit grouping of an integer: 40000000 → "4,00,00,000". Fractions are rounded. */
export function groupIndian(n: number): string {
  return formatNumber(n);
}

const WORDS: Record<Language, { crore: string; lakh: string; thousand: string }> = {
  en: { crore: 'crore', lakh: 'lakh', thousand: 'thousand' },
  hi: { crore: 'करोड़', lakh: 'लाख', thousand: 'हज़ार' },
};

function trimmed(x: number): string {
  // One decimal is enough for a summary; "2.0" reads worse than "2".
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** "4.2 crore", "12.5 lakh", "85 thousand" (Hindi: करोड़, लाख, हज़ार); below a thousand, the number. */
export function indianWords(n: number, lang: Language = 'en'): string {
  const w = WORDS[lang];
  const a = Math.abs(n);
  if (a >= 1e7) return `${trimmed(n / 1e7)} ${w.crore}`;
  if (a >= 1e5) return `${trimmed(n / 1e5)} ${w.lakh}`;
  if (a >= 1e3) return `${trimmed(n / 1e3)} ${w.thousand}`;
  return groupIndian(n);
}

/** "4,00,00,000 (4 crore)"; numbers below a lakh stay plain. */
export function countWithWords(n: number, lang: Language = 'en'): string {
  return Math.abs(n) >= 1e5 ? `${groupIndian(n)} (${indianWords(n, lang)})` : groupIndian(n);
}

/** A rate in [0, 1] as a percentage for the screen: one decimal below 10 % ("4.6%"), whole numbers above
 * ("12%"). Reason texts and reports use the analysis's own rule (shared/analysis/format.ts fmtPct). */
export function formatPercent(rate: number, lang: Language = 'en'): string {
  return `${formatNumber(rate * 100, lang, rate > 0 && rate < 0.1 ? 1 : 0)}%`;
}
