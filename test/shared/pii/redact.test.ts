import { describe, expect, it } from 'vitest';
import { redactValue, redactText, redactCell, tokenFor, maskValue } from '../../../shared/pii/index';
import { aadhaarFrom } from './helpers';

const AADHAAR = aadhaarFrom('23456789012');
const last4 = AADHAAR.slice(8);
const KEY = new Uint8Array(32).fill(7);
const OTHER_KEY = new Uint8Array(32).fill(8);
const MASK = { mode: 'mask' } as const;

describe('masks per type', () => {
  it('follows the UIDAI convention for Aadhaar and keeps the last 4 of VIDs and phones', () => {
    expect(maskValue('IN_AADHAAR', AADHAAR)).toBe(`XXXX XXXX ${last4}`);
    expect(maskValue('IN_AADHAAR_MASKED', 'xxxxxxxx1234')).toBe('XXXX XXXX 1234');
    expect(maskValue('IN_VID', '1234 5678 9012 3456')).toBe('XXXX XXXX XXXX 3456');
    expect(maskValue('IN_PHONE', '9876543210')).toBe('XXXXXX3210');
    expect(maskValue('IN_PHONE', '+91 98765 43210')).toBe('+91 XXXXXX3210');
  });
  it('masks the other identifiers', () => {
    expect(maskValue('IN_PAN', 'ABCPE1234F')).toBe('XXXXX1234X');
    expect(maskValue('IN_GSTIN', '27AAPFU0939F1ZV')).toBe('27XXXXXXXXXX1ZV');
    expect(maskValue('IN_PASSPORT', 'J8369854')).toBe('XXXXX854');
    expect(maskValue('IN_VOTER', 'ABC1234567')).toBe('XXXXXXX567');
    expect(maskValue('IN_VEHICLE_REGISTRATION', 'MH 12 AB 1234')).toBe('MH12XXXX34');
    expect(maskValue('IN_DRIVING_LICENCE', 'MH-14-2011-0012345')).toBe('MH14XXXXXXXX345');
    expect(maskValue('IN_PINCODE', '411001')).toBe('411XXX');
    expect(maskValue('IN_ABHA', '91-1234-5678-9012')).toBe('XX-XXXX-XXXX-9012');
    expect(maskValue('IN_ABHA', 'ramesh@abdm')).toBe('r***@abdm');
    expect(maskValue('IN_COWIN_REF', '12345678901234')).toBe('XXXXXXXXXX1234');
    expect(maskValue('EMAIL_ADDRESS', 'ramesh.k@example.com')).toBe('r***@example.com');
    expect(maskValue('DATE_OF_BIRTH', '12 Mar 1990')).toBe('XX-XX-1990');
    expect(maskValue('PERSON', 'Ramesh Kumar')).toBe('R. K.');
    expect(maskValue('PERSON', 'रमेश कुमार')).toBe('र. क.');
    expect(maskValue('ADDRESS', 'Flat 4, MG Road, Pune - 411001')).toBe('[address, PIN 411XXX]');
    expect(maskValue('GENDER', 'Female')).toBe('X');
  });
  it('never echoes a value it cannot parse', () => {
    expect(maskValue('IN_PAN', 'garbage')).toBe('[redacted]');
    expect(maskValue('DATE_OF_BIRTH', 'soon')).toBe('XX-XX-XXXX');
  });
});

describe('tokens', () => {
  it('are stable across spellings of the same value', () => {
    const a = tokenFor('IN_AADHAAR', AADHAAR, KEY);
    expect(a).toMatch(/^AADHAAR#[0-9a-f]{12}$/);
    expect(tokenFor('IN_AADHAAR', `${AADHAAR.slice(0, 4)} ${AADHAAR.slice(4, 8)} ${last4}`, KEY)).toBe(a);
    expect(tokenFor('IN_PHONE', '+91 98765 43210', KEY)).toBe(tokenFor('IN_PHONE', '09876543210', KEY));
    expect(tokenFor('DATE_OF_BIRTH', '12/03/1990', KEY)).toBe(tokenFor('DATE_OF_BIRTH', '1990-03-12', KEY));
  });
  it('depend on the key and the type', () => {
    expect(tokenFor('IN_AADHAAR', AADHAAR, KEY)).not.toBe(tokenFor('IN_AADHAAR', AADHAAR, OTHER_KEY));
    expect(tokenFor('IN_COWIN_REF', '12345678901234', KEY).slice(-12)).not.toBe(tokenFor('IN_ABHA', '12345678901234', KEY).slice(-12));
  });
  it('refuse a short key, without echoing the value', () => {
    expect(() => tokenFor('IN_AADHAAR', AADHAAR, new Uint8Array(4))).toThrow(/at least 16 bytes/);
    try {
      tokenFor('IN_AADHAAR', AADHAAR, new Uint8Array(4));
    } catch (e) {
      expect(String(e)).not.toContain(AADHAAR);
    }
  });
});

describe('redaction', () => {
  it('redacts every finding in free text and keeps the rest', () => {
    const text = `आधार ${AADHAAR}, मोबाइल 9876543210, mail r.k@example.com 🙂`;
    expect(redactText(text, MASK)).toBe(`आधार XXXX XXXX ${last4}, मोबाइल XXXXXX3210, mail r***@example.com 🙂`);
  });
  it('applies per-type policy: token, mask or none', () => {
    const policy = { mode: 'mask' as const, perType: { IN_AADHAAR: 'token' as const, IN_PHONE: 'none' as const } };
    const out = redactText(`UID ${AADHAAR} ph 9876543210`, policy, KEY);
    expect(out).toBe(`UID ${tokenFor('IN_AADHAAR', AADHAAR, KEY)} ph 9876543210`);
    expect(() => redactValue('IN_AADHAAR', AADHAAR, { mode: 'token' })).toThrow();
  });
  it('redacts a whole cell by its column type, even a damaged value', () => {
    expect(redactCell('IN_AADHAAR', AADHAAR, MASK)).toBe(`XXXX XXXX ${last4}`);
    expect(redactCell('IN_AADHAAR', '2345 6789 0000', MASK)).toBe('XXXX XXXX 0000');
    expect(redactCell('PERSON', 'Ramesh Kumar', MASK)).toBe('R. K.');
    expect(redactCell(null, `call 9876543210 or ${AADHAAR}`, MASK)).toBe(`call XXXXXX3210 or XXXX XXXX ${last4}`);
    expect(redactCell('IN_AADHAAR', '', MASK)).toBe('');
  });
});
