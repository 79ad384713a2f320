import { describe, it, expect } from 'vitest';
import { verhoeffCheckDigit } from '../../../shared/pii';
import { ageFromAgeCell, ageFromDob, isEmptyCell, mobileDigits, passes } from '../../../shared/analysis';

const asOf = new Date(Date.UTC(2023, 5, 12)); // the week the CoWIN allegation surfaced

describe('value checks', () => {
  it('checks Aadhaar with Verhoeff, refusing a first digit of 0 or 1', () => {
    const body = '23456789012';
    const good = body + verhoeffCheckDigit(body);
    expect(passes('IN_AADHAAR', good, asOf)).toBe(true);
    expect(passes('IN_AADHAAR', `${good.slice(0, 4)} ${good.slice(4, 8)} ${good.slice(8)}`, asOf)).toBe(true);
    expect(passes('IN_AADHAAR', good.slice(0, 11) + ((Number(good[11]) + 1) % 10), asOf)).toBe(false);
    const one = '1' + body.slice(1);
    expect(passes('IN_AADHAAR', one + verhoeffCheckDigit(one), asOf)).toBe(false);
  });

  it('checks mobiles by their first digit after +91 or 0', () => {
    expect(passes('IN_PHONE', '9876543210', asOf)).toBe(true);
    expect(passes('IN_PHONE', '+91 98765 43210', asOf)).toBe(true);
    expect(passes('IN_PHONE', '09876543210', asOf)).toBe(true);
    expect(passes('IN_PHONE', '1234567890', asOf)).toBe(false);
    expect(mobileDigits('+91-98765-43210')).toBe('9876543210');
    expect(mobileDigits('98765')).toBeNull();
  });

  it('checks PIN regions, PAN holder type and GSTIN check character', () => {
    expect(passes('IN_PINCODE', '411001', asOf)).toBe(true);
    expect(passes('IN_PINCODE', '290001', asOf)).toBe(false); // 29 is no postal circle
    expect(passes('IN_PINCODE', '011001', asOf)).toBe(false);
    expect(passes('IN_PAN', 'ABCPK1234D', asOf)).toBe(true);
    expect(passes('IN_PAN', 'ABCXK1234D', asOf)).toBe(false);
    expect(passes('IN_GSTIN', '27AAPFU0939F1ZV', asOf)).toBe(true);
    expect(passes('IN_GSTIN', '27AAPFU0939F1ZW', asOf)).toBe(false);
  });

  it('reads ages from dates of birth and refuses impossible ones', () => {
    expect(ageFromDob('12-06-1990', asOf)).toBe(33);
    expect(ageFromDob('13-06-1990', asOf)).toBe(32);
    expect(ageFromDob('1990-06-12', asOf)).toBe(33);
    expect(ageFromDob('12 Mar 1990', asOf)).toBe(33);
    expect(ageFromDob('1985', asOf)).toBe(38);
    expect(ageFromDob('31-02-1985', asOf)).toBe(-1);
    expect(ageFromDob('29-02-2001', asOf)).toBe(-1);
    expect(ageFromDob('29-02-2000', asOf)).toBe(23);
    expect(ageFromDob('01-01-2030', asOf)).toBe(-1);
    expect(ageFromDob('01-01-1850', asOf)).toBe(-1);
    expect(ageFromAgeCell('45')).toBe(45);
    expect(ageFromAgeCell('45 yrs')).toBe(45);
    expect(ageFromAgeCell('145')).toBe(-1);
  });

  it('treats blanks and placeholders as empty', () => {
    for (const v of [null, '', '  ', 'NA', 'n/a', 'NULL', '-', 'nil', '             ']) expect(isEmptyCell(v)).toBe(true);
    for (const v of ['Nandini', '0', 'N', 'unknown person', '9876543210']) expect(isEmptyCell(v)).toBe(false);
  });
});
