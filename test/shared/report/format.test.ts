import { describe, it, expect } from 'vitest';
import { countWithWords, formatBytes, formatBytesExact, formatIst, formatIstDate, formatIstShort, formatIstTime, groupIndian, indianWords } from '../../../shared/report';

describe('report number and time formats', () => {
  it('shows UTC times in IST with the offset spelled out', () => {
    expect(formatIst('2026-11-27T08:40:00.000Z')).toBe('27 Nov 2026, 14:10 IST (UTC+05:30)');
    expect(formatIst('2026-12-31T20:00:00.000Z', 'hi')).toBe('1 जनवरी 2027, 01:30 IST (UTC+05:30)');
    expect(formatIstShort('2026-11-27T08:40:05.000Z')).toBe('27-11-2026 14:10:05');
    expect(formatIstDate('2026-11-27T20:00:00.000Z')).toBe('28/11/2026');
    expect(formatIstTime('2026-11-27T08:40:05.000Z')).toBe('14:10:05 IST');
  });

  it('returns an unparseable time as given rather than hiding it', () => {
    expect(formatIst('yesterday')).toBe('yesterday');
  });

  it('groups digits the Indian way', () => {
    expect(groupIndian(0)).toBe('0');
    expect(groupIndian(999)).toBe('999');
    expect(groupIndian(1000)).toBe('1,000');
    expect(groupIndian(100000)).toBe('1,00,000');
    expect(groupIndian(40000000)).toBe('4,00,00,000');
    expect(groupIndian(-1234567)).toBe('-12,34,567');
  });

  it('says large counts in lakh and crore, in English and Hindi', () => {
    expect(indianWords(42_000_000)).toBe('4.2 crore');
    expect(indianWords(1_250_000)).toBe('12.5 lakh');
    expect(indianWords(100_000)).toBe('1 lakh');
    expect(indianWords(85_000)).toBe('85 thousand');
    expect(indianWords(42_000_000, 'hi')).toBe('4.2 करोड़');
    expect(indianWords(1_250_000, 'hi')).toBe('12.5 लाख');
    expect(countWithWords(40_000_000)).toBe('4,00,00,000 (4 crore)');
    expect(countWithWords(5_000)).toBe('5,000');
  });

  it('gives sizes in decimal units, with the exact byte count where it matters', () => {
    expect(formatBytes(500)).toBe('500 bytes');
    expect(formatBytes(1_258_291)).toBe('1.3 MB');
    expect(formatBytesExact(1_258_291)).toBe('1.3 MB (12,58,291 bytes)');
    expect(formatBytesExact(1_258_291, 'hi')).toBe('1.3 MB (12,58,291 बाइट)');
  });
});
