import { describe, expect, it } from 'vitest';
import { scanText, normaliseDigits } from '../../../shared/pii/index';
import { aadhaarFrom, found, typesIn } from './helpers';
import { refCheckDigit } from '../../fixtures/pii/verhoeff-reference';

const AADHAAR = aadhaarFrom('34567890123');
const dev = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x966 + Number(d)));

describe('Devanagari digits and UTF-16 offsets', () => {
  it('normalises Devanagari digits without changing the length', () => {
    expect(normaliseDigits('९८७६५ ४३२१०')).toBe('98765 43210');
    expect(normaliseDigits('abc').length).toBe(3);
  });
  it('finds an Aadhaar written in Devanagari digits at the right offsets among Hindi text and emoji', () => {
    const value = dev(`${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)} ${AADHAAR.slice(8)}`);
    const text = `🙂 रमेश का आधार ${value} है 🙏 फ़ोन 9876543210`;
    const fs = scanText(text);
    expect(fs.map((f) => f.type)).toEqual(['IN_AADHAAR', 'IN_PHONE']);
    expect(text.slice(fs[0]!.start, fs[0]!.end)).toBe(value);
    expect(fs[0]!.start).toBe(text.indexOf(value));
    expect(text.slice(fs[1]!.start, fs[1]!.end)).toBe('9876543210');
    expect(fs[0]!.validated).toBe(true);
  });
});

describe('detectors', () => {
  it('finds Indian mobile numbers in their common spellings', () => {
    for (const p of ['9876543210', '+91 98765 43210', '+91-9876543210', '09876543210', '98765 43210', '+919876543210']) {
      expect(found(`call ${p}`), p).toEqual([['IN_PHONE', p]]);
    }
    expect(typesIn('call 5876543210')).toEqual([]);
  });
  it('finds masked Aadhaar numbers', () => {
    for (const m of ['XXXX XXXX 1234', 'xxxxxxxx1234', '********1234', 'XXXX-XXXX-1234']) {
      expect(found(`Aadhaar ${m}`), m).toEqual([['IN_AADHAAR_MASKED', m]]);
    }
    expect(typesIn('card XXXX XXXX XXXX 1234')).toEqual([]);
  });
  it('finds a VID but not a Luhn-valid card number without a VID label', () => {
    // A VID starts 2-9 (python-stdnum vid.py); the check digit comes from the independent reference.
    const vid = '223456789012345' + refCheckDigit('223456789012345');
    expect(scanText(`VID ${vid}`).map((f) => [f.type, vid, f.validated])).toEqual([['IN_VID', vid, true]]);
    expect(typesIn('4111 1111 1111 1111')).toEqual([]);
  });
  it('finds PAN, GSTIN, passport, EPIC, vehicle and driving licence numbers', () => {
    expect(found('PAN ABCPE1234F')).toEqual([['IN_PAN', 'ABCPE1234F']]);
    // A labelled value that fails its rules is still reported (and masked), marked not validated.
    expect(scanText('PAN ABCXE1234F').map((f) => [f.type, f.validated])).toEqual([['IN_PAN', false]]);
    expect(typesIn('ABCXE1234F')).toEqual([]);
    expect(found('GSTIN 27AAPFU0939F1ZV')).toEqual([['IN_GSTIN', '27AAPFU0939F1ZV']]);
    expect(found('Passport No: J8369854')).toEqual([['IN_PASSPORT', 'J8369854']]);
    expect(scanText('Passport No: Q8369854').map((f) => [f.type, f.validated])).toEqual([['IN_PASSPORT', false]]);
    expect(typesIn('Q8369854')).toEqual([]);
    expect(found('Voter ID: ABC1234567')).toEqual([['IN_VOTER', 'ABC1234567']]);
    for (const v of ['MH12AB1234', 'MH 12 AB 1234', 'DL-3C-AB-1234'.replace(/-/g, ' '), '22BH1234AA', '22 BH 1234 AA']) {
      expect(found(`vehicle ${v}`), v).toEqual([['IN_VEHICLE_REGISTRATION', v]]);
    }
    expect(typesIn('vehicle XY12AB1234')).toEqual([]);
    for (const d of ['MH1420110012345', 'MH-14-2011-0012345', 'MH14 20110012345']) {
      expect(found(`DL ${d}`), d).toEqual([['IN_DRIVING_LICENCE', d]]);
    }
  });
  it('needs context for PIN codes and dates of birth', () => {
    expect(typesIn('482913')).toEqual([]);
    expect(found('PIN 411001')).toEqual([['IN_PINCODE', '411001']]);
    expect(found('पिन कोड: 110001')).toEqual([['IN_PINCODE', '110001']]);
    expect(found('Flat 4, MG Road, Pune - 411001')).toEqual([['IN_PINCODE', '411001']]);
    expect(typesIn('OTP 411001')).toEqual([]);
    for (const d of ['12-03-1990', '12/03/1990', '1990-03-12', '12 Mar 1990', '12.03.1990']) {
      expect(found(`DOB: ${d}`), d).toEqual([['DATE_OF_BIRTH', d]]);
    }
    expect(found('जन्म तिथि: 12-03-1990')).toEqual([['DATE_OF_BIRTH', '12-03-1990']]);
    expect(typesIn('Vaccinated on 12-05-2021')).toEqual([]);
    expect(typesIn('DOB: 31-02-1990')).toEqual([]);
  });
  it('finds e-mail and ABHA addresses, and keeps a UPI handle out of both', () => {
    expect(found('mail ramesh.k@example.co.in.')).toEqual([['EMAIL_ADDRESS', 'ramesh.k@example.co.in']]);
    expect(found('ramesh.kumar@abdm')).toEqual([['IN_ABHA', 'ramesh.kumar@abdm']]);
    expect(found('9876543210@ybl')).toEqual([['IN_PHONE', '9876543210']]);
    expect(found('9876543210@gmail.com')).toEqual([['EMAIL_ADDRESS', '9876543210@gmail.com']]);
  });
  it('reports low-score findings only when asked', () => {
    expect(typesIn('12345678901234')).toEqual([]);
    expect(typesIn('12345678901234', { minScore: 0.4 })).toEqual(['IN_COWIN_REF']);
  });
  it('uses a column header as context when the text has none', () => {
    expect(typesIn('411001', { context: 'pincode' })).toEqual(['IN_PINCODE']);
    expect(typesIn(AADHAAR, { context: 'order_id' })).toEqual([]);
  });
});
