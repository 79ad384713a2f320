// Statistics for the verdict: confidence intervals and tests instead of raw thresholds, so a rate
// measured on 1,000 values and one measured on 10,00,000 are judged by what each can support.

/** z for a two-sided 99.9% interval: a sample is misjudged by chance about once in a thousand checks. */
export const Z_999 = 3.2905;

/** Wilson score interval for k successes in n trials. [0, 1] when n is 0. */
export function wilson(k: number, n: number, z = Z_999): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  // Exact ends when all or none pass (the formula leaves rounding dust such as 0.9999999999999999).
  return { low: k <= 0 ? 0 : Math.max(0, centre - half), high: k >= n ? 1 : Math.min(1, centre + half) };
}

/** ln Γ(x), Lanczos approximation (x > 0). */
function lnGamma(x: number): number {
  const g = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += g[i]! / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(s, x) (series or continued fraction, Numerical Recipes). */
function gammaQ(s: number, x: number): number {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let sum = 1 / s;
    let term = sum;
    for (let n = 1; n < 500; n++) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + s * Math.log(x) - lnGamma(s)));
  }
  let b = x + 1 - s;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - lnGamma(s)) * h);
}

/** Chi-square goodness of fit of counts against equal expected counts. p is the upper-tail probability. */
export function chiSquareUniform(counts: readonly number[]): { chiSquare: number; df: number; p: number } {
  const n = counts.reduce((a, b) => a + b, 0);
  const df = counts.length - 1;
  if (n === 0 || df < 1) return { chiSquare: 0, df: Math.max(df, 0), p: 1 };
  const e = n / counts.length;
  let chi = 0;
  for (const c of counts) chi += ((c - e) * (c - e)) / e;
  return { chiSquare: chi, df, p: gammaQ(df / 2, chi / 2) };
}
