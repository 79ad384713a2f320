// Free-text shapes investigators meet in leak samples and bot replies, English and Hindi.
import { describe, expect, it } from 'vitest';
import { scanText, validateValue, type PiiType } from '../../../shared/pii/index';
import { refValid, verhoeffPalindrome12 } from '../../fixtures/pii/verhoeff-reference';

function has(text: string, type: PiiType, value: string): boolean {
  const at = text.indexOf(value);
  return scanText(text).some((f) => f.type === type && f.start === at && f.end === at + value.length);
}
const none = (text: string, type: PiiType): boolean => !scanText(text).some((f) => f.type === type);

describe('PIN codes in addresses', () => {
  it('finds a PIN after a city or state in an address line', () => {
    const lines = [
      'Bengaluru 560001, Karnataka',
      'Address: 12 MG Road, Bengaluru 560001, Karnataka',
      'Flat 4, Andheri East, Mumbai 400069',
      'Near bus stand, Jaipur 302001',
      'Karnataka 560001',
      'Salt Lake, Kolkata - 700091, West Bengal',
      'कोरमंगला, बेंगलुरु 560034, कर्नाटक',
      'He lives at 14 Gandhi Nagar, Ahmedabad 380009.',
    ];
    for (const line of lines) {
      const pin = /[1-9][0-9]{5}/.exec(line)![0];
      expect(has(line, 'IN_PINCODE', pin), line).toBe(true);
    }
  });
  it('does not take other 6-digit numbers after capitalised words for PINs', () => {
    for (const line of ['Invoice 560001', 'Room 560001', 'Total 400069 items', 'Order 560001, Karnataka', 'OTP 560001', 'Version 400069']) {
      expect(none(line, 'IN_PINCODE'), line).toBe(true);
    }
  });
});

describe('mobiles with a trunk 0', () => {
  it('finds 098765 43210 and its spellings', () => {
    for (const [text, value] of [
      ['098765 43210', '098765 43210'],
      ['Mob: 098765 43210', '098765 43210'],
      ['call 098765-43210 today', '098765-43210'],
      ['मोबाइल 098765 43210', '098765 43210'],
    ]) expect(has(text!, 'IN_PHONE', value!), text).toBe(true);
    expect(validateValue('IN_PHONE', '098765 43210')).toBe(true);
  });
  it('needs a mobile after the 0', () => {
    expect(none('012345 67890', 'IN_PHONE')).toBe(true);
    expect(validateValue('IN_PHONE', '012345 67890')).toBe(false);
  });
});

describe('passports and EPIC numbers', () => {
  it('finds a passport in a Hindi-labelled line', () => {
    for (const text of ['पासपोर्ट संख्या: J8369854', 'पासपोर्ट नं. J8369854', 'पासपोर्ट: j8369854', 'Passport No. J8369854']) {
      const value = /[A-Za-z][0-9]{7}/.exec(text)![0];
      expect(has(text, 'IN_PASSPORT', value), text).toBe(true);
    }
  });
  it('finds EPIC numbers written in lower case after a voter label', () => {
    for (const text of ['EPIC: abc1234567', 'voter id abc1234567', 'Voter ID No: uzb2345117', 'मतदाता पहचान पत्र: abc1234567', 'EPIC no. wkh1186253']) {
      const value = /[a-z]{3}[0-9]{7}/.exec(text)![0];
      expect(has(text, 'IN_VOTER', value), text).toBe(true);
    }
    expect(validateValue('IN_VOTER', 'wkh1186253')).toBe(true);
  });
});

describe('checks that python-stdnum applies', () => {
  it('rejects Aadhaar and VID palindromes even when Verhoeff passes', () => {
    const pal = verhoeffPalindrome12(4);
    expect(validateValue('IN_AADHAAR', pal)).toBe(false);
    expect(validateValue('IN_AADHAAR', `${pal.slice(0, 4)} ${pal.slice(4, 8)} ${pal.slice(8)}`)).toBe(false);
    expect(none(pal, 'IN_AADHAAR')).toBe(true);
  });
  it('rejects a VID that starts with 0 or 1', () => {
    // 1341234123412341 fails Verhoeff too; this one passes it (built by the independent Verhoeff).
    const vid = '134123412341234';
    let withCheck = '';
    for (let d = 0; d <= 9 && !withCheck; d++) if (refValid(vid + d)) withCheck = vid + d;
    expect(withCheck).not.toBe('');
    expect(validateValue('IN_VID', withCheck)).toBe(false);
  });
  it('rejects a PAN with serial 0000', () => {
    expect(validateValue('IN_PAN', 'ACUPA0000R')).toBe(false);
    expect(none('ACUPA0000R', 'IN_PAN')).toBe(true);
  });
});
