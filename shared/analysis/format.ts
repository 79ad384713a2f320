// Numbers in reason texts the way Indian officials read them: 12,34,567 and percentages with one decimal,
// from the one formatter (shared/format).
import { formatNumber, groupIndian } from '../format';

export function fmtCount(n: number): string {
  return groupIndian(n);
}

/** A share as a percentage; tiny non-zero shares are not rounded to a misleading "0.0%". */
export function fmtPct(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.1) return '< 0.1%';
  if (p < 100 && p > 99.95) return '> 99.9%';
  return `${formatNumber(p, 'en', 1)}%`;
}
