import { describe, it, expect } from 'vitest';
import { chiSquareUniform, wilson, fmtCount, fmtPct } from '../../../shared/analysis';

describe('statistics', () => {
  it('gives a Wilson interval that narrows with the sample and never leaves [0, 1]', () => {
    const small = wilson(30, 30);
    const large = wilson(1_000_000, 1_000_000);
    expect(small.high).toBe(1);
    expect(small.low).toBeGreaterThan(0.7);
    expect(small.low).toBeLessThan(0.8);
    expect(large.low).toBeGreaterThan(0.9999);
    const mid = wilson(100, 1000);
    expect(mid.low).toBeLessThan(0.1);
    expect(mid.high).toBeGreaterThan(0.1);
    expect(mid.high - mid.low).toBeLessThan(0.07);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('computes chi-square p-values against a uniform spread', () => {
    // χ²(9) = 16.92 is the 5% critical value.
    const counts = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    expect(chiSquareUniform(counts)).toMatchObject({ chiSquare: 0, df: 9 });
    expect(chiSquareUniform(counts).p).toBeCloseTo(1, 6);
    const c = [0, 0, 0, 0, 0, 0, 250, 250, 250, 250];
    expect(chiSquareUniform(c).p).toBeLessThan(1e-10);
    // Construct counts whose χ² is exactly 16.92: p ≈ 0.05.
    const e = 1000;
    const dev = Math.sqrt((16.92 * e) / 2);
    expect(chiSquareUniform([e + dev, e - dev, e, e, e, e, e, e, e, e]).p).toBeCloseTo(0.05, 3);
  });

  it('writes numbers in Indian grouping', () => {
    expect(fmtCount(150_000_000)).toBe('15,00,00,000');
    expect(fmtCount(12_345)).toBe('12,345');
    expect(fmtPct(0.998)).toBe('99.8%');
    expect(fmtPct(0.0001)).toBe('< 0.1%');
    expect(fmtPct(0.99999)).toBe('> 99.9%');
  });
});
