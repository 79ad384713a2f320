// Age bands for the histogram: 10-year bands, with everything from 120 up in one band.

export const AGE_BANDS = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90-99', '100-109', '110-119', '120+'] as const;

/** Histogram in 10-year bands from counts per year of age (index = age). */
export function ageHistogram(byYear: ArrayLike<number>): Record<string, number> {
  const h: Record<string, number> = {};
  for (const b of AGE_BANDS) h[b] = 0;
  for (let a = 0; a < byYear.length; a++) {
    const n = byYear[a] ?? 0;
    if (n === 0) continue;
    const band = AGE_BANDS[Math.min(Math.floor(a / 10), AGE_BANDS.length - 1)]!;
    h[band] = (h[band] ?? 0) + n;
  }
  return h;
}

/** How many of the counted ages fall in [minAge, maxAge]. */
export function countWithin(byYear: ArrayLike<number>, minAge: number, maxAge: number): { within: number; total: number } {
  let within = 0, total = 0;
  for (let a = 0; a < byYear.length; a++) {
    const n = byYear[a] ?? 0;
    total += n;
    if (a >= minAge && a <= maxAge) within += n;
  }
  return { within, total };
}
