// The one formatter for times, numbers and sizes (shared/format). Every expected string is written out by
// hand from the rules (Indian grouping, SI units, IST = UTC+05:30), never produced by the code under test.
import { describe, it, expect } from 'vitest';
import {
  byteCount,
  countWithWords,
  formatBytes,
  formatBytesExact,
  formatIst,
  formatIstDate,
  formatIstShort,
  formatIstTime,
  formatNumber,
  formatPercent,
  groupIndian,
  indianWords,
} from '../../../shared/format';

describe('numbers in Indian grouping', () => {
  it('groups the last three digits, then pairs', () => {
    expect(groupIndian(0)).toBe('0');
    expect(groupIndian(999)).toBe('999');
    expect(groupIndian(1000)).toBe('1,000');
    expect(groupIndian(641724)).toBe('6,41,724');
    expect(groupIndian(1234567)).toBe('12,34,567');
    expect(groupIndian(40000000)).toBe('4,00,00,000');
    expect(groupIndian(-1234567)).toBe('-12,34,567');
    expect(groupIndian(123456789012)).toBe('1,23,45,67,89,012');
  });

  it('rounds to whole numbers unless fraction digits are asked for, and never writes "-0"', () => {
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('12,34,567.89');
    expect(formatNumber(0.25, 'en', 1)).toBe('0.3');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
    expect(formatNumber(-1500.5, 'hi', 1)).toBe('-1,500.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });

  it('gives rates as percentages, one decimal below 10 %, the same in Hindi', () => {
    expect(formatPercent(0.123)).toBe('12%');
    expect(formatPercent(0.0456)).toBe('4.6%');
    expect(formatPercent(0.0004, 'hi')).toBe('0.0%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1, 'hi')).toBe('100%');
  });

  it('says large counts in lakh and crore, in English and Hindi, with digits 0-9 in both', () => {
    expect(indianWords(42_000_000)).toBe('4.2 crore');
    expect(indianWords(1_250_000)).toBe('12.5 lakh');
    expect(indianWords(100_000)).toBe('1 lakh');
    expect(indianWords(85_000)).toBe('85 thousand');
    expect(indianWords(42_000_000, 'hi')).toBe('4.2 करोड़');
    expect(indianWords(85_000, 'hi')).toBe('85 हज़ार');
    expect(countWithWords(40_000_000)).toBe('4,00,00,000 (4 crore)');
    expect(countWithWords(1_250_000, 'hi')).toBe('12,50,000 (12.5 लाख)');
    expect(countWithWords(99_999, 'hi')).toBe('99,999');
    expect(countWithWords(5_000)).toBe('5,000');
  });
});

describe('sizes in decimal units', () => {
  it('uses 1 kB = 1,000 bytes and 1 MB = 1,000,000 bytes, one decimal below 100 of a unit', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1000)).toBe('1.0 kB');
    expect(formatBytes(1500)).toBe('1.5 kB');
    expect(formatBytes(641_724)).toBe('642 kB');
    expect(formatBytes(43_600_000)).toBe('43.6 MB');
    expect(formatBytes(1_048_576)).toBe('1.0 MB'); // a binary "MB" is 1.05 decimal MB, not 1.0 MiB
    expect(formatBytes(215_000_000)).toBe('215 MB');
    expect(formatBytes(5_368_709_120)).toBe('5.4 GB');
    expect(formatBytes(2_500_000_000_000)).toBe('2.5 TB');
  });

  it('moves to the next unit when rounding reaches 1,000', () => {
    expect(formatBytes(999_499)).toBe('999 kB');
    expect(formatBytes(999_999)).toBe('1.0 MB');
    expect(formatBytes(99_940)).toBe('99.9 kB');
    expect(formatBytes(99_960)).toBe('100 kB');
  });

  it('gives the exact count in Indian grouping beside the readable size', () => {
    expect(formatBytesExact(641_724)).toBe('642 kB (6,41,724 bytes)');
    expect(formatBytesExact(1_258_291)).toBe('1.3 MB (12,58,291 bytes)');
    expect(formatBytesExact(500)).toBe('500 bytes');
    expect(byteCount(1)).toBe('1 byte');
    expect(byteCount(0)).toBe('0 bytes');
  });

  it('in Hindi keeps the unit symbols and digits and says बाइट for bytes', () => {
    expect(formatBytes(43_600_000, 'hi')).toBe('43.6 MB');
    expect(formatBytes(500, 'hi')).toBe('500 बाइट');
    expect(byteCount(1, 'hi')).toBe('1 बाइट');
    expect(formatBytesExact(641_724, 'hi')).toBe('642 kB (6,41,724 बाइट)');
  });
});

describe('times in IST', () => {
  it('shows a UTC time in IST with the offset, in English and Hindi, with or without seconds', () => {
    expect(formatIst('2026-11-27T08:40:05.000Z')).toBe('27 Nov 2026, 14:10 IST (UTC+05:30)');
    expect(formatIst('2026-11-27T08:40:05.000Z', 'en', { seconds: true })).toBe('27 Nov 2026, 14:10:05 IST (UTC+05:30)');
    expect(formatIst('2026-11-27T08:40:05.000Z', 'hi', { seconds: true })).toBe('27 नवंबर 2026, 14:10:05 IST (UTC+05:30)');
    // 20:00 UTC on 31 December is already the next year in India.
    expect(formatIst('2026-12-31T20:00:00.000Z', 'hi')).toBe('1 जनवरी 2027, 01:30 IST (UTC+05:30)');
    expect(formatIst(new Date(Date.UTC(2026, 1, 3, 18, 29, 59)), 'en', { seconds: true })).toBe('3 Feb 2026, 23:59:59 IST (UTC+05:30)');
  });

  it('gives the compact, date-only and time-only forms', () => {
    expect(formatIstShort('2026-11-27T08:40:05.000Z')).toBe('27-11-2026 14:10:05');
    expect(formatIstDate('2026-11-27T20:00:00.000Z')).toBe('28/11/2026');
    expect(formatIstTime('2026-11-27T08:40:05.000Z')).toBe('14:10:05 IST');
  });

  it('returns an unparseable time as given rather than hiding it', () => {
    expect(formatIst('yesterday')).toBe('yesterday');
    expect(formatIstShort('yesterday')).toBe('yesterday');
  });
});
