// The screen's own display helpers. Numbers, sizes and times come from the one formatter the CLI and reports
// use (shared/format): Indian grouping, decimal sizes, IST with the offset, in English and Hindi.
export { formatNumber, formatBytes, formatBytesExact, formatIst } from '../../../shared/format';

/** The first and last groups of a key fingerprint, for the status bar; the full value is one click away. */
export function shortFingerprint(fp: string): string {
  const [algo, rest] = fp.includes(':') ? [fp.slice(0, fp.indexOf(':') + 1), fp.slice(fp.indexOf(':') + 1)] : ['', fp];
  const groups = rest.trim().split(/\s+/);
  if (groups.length <= 4) return fp;
  return `${algo}${groups.slice(0, 2).join(' ')} … ${groups.slice(-1).join(' ')}`;
}

/** Minutes and seconds for a time left: "1 min 05 s" / "12 s" ("1 मि. 05 से." in Hindi). Hours appear only when needed. */
export function formatDuration(seconds: number, lang: 'en' | 'hi' = 'en'): string {
  const u = lang === 'hi' ? { h: 'घं.', m: 'मि.', s: 'से.' } : { h: 'h', m: 'min', s: 's' };
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h > 0) return `${h} ${u.h} ${String(m).padStart(2, '0')} ${u.m}`;
  if (m > 0) return `${m} ${u.m} ${String(r).padStart(2, '0')} ${u.s}`;
  return `${r} ${u.s}`;
}

/** First and last characters of a hash, for a dense column; the full value is copied, never retyped. */
export function shortHash(hex: string, head = 10, tail = 6): string {
  return hex.length <= head + tail + 1 ? hex : `${hex.slice(0, head)}…${hex.slice(-tail)}`;
}
