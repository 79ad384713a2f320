import { describe, expect, it } from 'vitest';
import { verhoeffValid, verhoeffCheckDigit, gstinCheckChar, gstinValid, panValid, luhnValid, pincodeValid } from '../../../shared/pii/index';

describe('Verhoeff', () => {
  it('matches the published reference values', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffCheckDigit('142857')).toBe(0);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('123451')).toBe(true);
    expect(verhoeffValid('1428570')).toBe(true);
  });
  it('rejects a wrong check digit, a transposition and non-digits', () => {
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffValid('3263')).toBe(false);
    expect(verhoeffValid('23a3')).toBe(false);
  });
  it('validates a generated 12-digit number', () => {
    const body = '23456789012';
    expect(verhoeffValid(body + verhoeffCheckDigit(body))).toBe(true);
  });
});

describe('GSTIN', () => {
  it('computes the mod-36 check character of a known GSTIN', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(gstinValid('27AAPFU0939F1ZV')).toBe(true);
  });
  it('rejects a wrong check character, an unknown state code and a bad embedded PAN', () => {
    expect(gstinValid('27AAPFU0939F1ZW')).toBe(false);
    const body = '45AAPFU0939F1Z';
    expect(gstinValid(body + gstinCheckChar(body))).toBe(false);
    const badPan = '27AAPXU0939F1Z';
    expect(gstinValid(badPan + gstinCheckChar(badPan))).toBe(false);
  });
});

describe('PAN', () => {
  it('accepts every holder type letter in the 4th position', () => {
    // K (Krish, trust) as python-stdnum's stdnum/in_/pan.py lists it.
    for (const t of 'PCHFATBLJGK') expect(panValid(`ABC${t}E1234F`)).toBe(true);
  });
  it('rejects other letters in the 4th position and wrong shapes', () => {
    for (const t of 'DEIMNOQRSUVWXYZ') expect(panValid(`ABC${t}E1234F`)).toBe(false);
    expect(panValid('ABCPE12345')).toBe(false);
    expect(panValid('abcpe1234f')).toBe(false);
  });
});

describe('Luhn and PIN codes', () => {
  it('knows a test card number', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('accepts PIN codes of real postal circles only', () => {
    expect(pincodeValid('110001')).toBe(true);
    expect(pincodeValid('560001')).toBe(true);
    expect(pincodeValid('290001')).toBe(false);
    expect(pincodeValid('011001')).toBe(false);
  });
});
