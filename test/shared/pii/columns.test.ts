import { describe, expect, it } from 'vitest';
import { inferColumn, detectCell, validateValue } from '../../../shared/pii/index';
import { aadhaarFrom } from './helpers';

const aadhaars = Array.from({ length: 40 }, (_, i) => aadhaarFrom(`2${String(3456789012 + i * 7919).padStart(10, '0')}`));
const phones = Array.from({ length: 40 }, (_, i) => `9${String(876543210 + i * 104729).slice(0, 9)}`);

describe('column inference', () => {
  it('types a column from an English or Hindi header and valid values', () => {
    for (const h of ['aadhaar', 'Aadhaar No', 'aadhar_number', 'आधार संख्या']) {
      const c = inferColumn(h, aadhaars);
      expect(c.type, h).toBe('IN_AADHAAR');
      expect(c.validated).toBe(40);
      expect(c.invalid).toBe(0);
      expect(c.sampled).toBe(40);
      expect(c.confidence).toBeGreaterThan(0.9);
    }
    expect(inferColumn('मोबाइल नंबर', phones).type).toBe('IN_PHONE');
    expect(inferColumn('जन्म तिथि', ['12-03-1990', '01/01/1985']).type).toBe('DATE_OF_BIRTH');
    expect(inferColumn('नाम', ['रमेश कुमार', 'सुनीता देवी']).type).toBe('PERSON');
    expect(inferColumn('पता', ['मकान 12, गांधी नगर, पुणे - 411001']).type).toBe('ADDRESS');
    expect(inferColumn('लिंग', ['पुरुष', 'महिला', 'M']).type).toBe('GENDER');
    expect(inferColumn('ईमेल', ['a.b@example.com']).type).toBe('EMAIL_ADDRESS');
    expect(inferColumn('पिन कोड', ['110001', '411001']).type).toBe('IN_PINCODE');
  });
  it('types a column from its values when the header says nothing', () => {
    expect(inferColumn('col_3', aadhaars).type).toBe('IN_AADHAAR');
    expect(inferColumn('field', phones).type).toBe('IN_PHONE');
  });
  it('keeps order numbers and timestamps untyped even when they pass Verhoeff', () => {
    const c = inferColumn('order_id', aadhaars);
    expect(c.type).toBeNull();
    expect(detectCell(aadhaars[0]!, c, 'order_id')).toEqual([]);
    expect(inferColumn('timestamp', ['20230612103045', '20230612103046']).type).toBeNull();
  });
  it('suppresses chance Verhoeff passes in a column of random 12-digit numbers', () => {
    const randoms = Array.from({ length: 50 }, (_, i) => String(234567890000 + i * 1234567));
    const c = inferColumn('x', randoms);
    expect(c.type).toBeNull();
    expect(c.suppressed).toContain('IN_AADHAAR');
    for (const v of randoms) expect(detectCell(v, c, 'x').map((f) => f.type)).not.toContain('IN_AADHAAR');
  });
  it('reports an empty sample by header alone, with moderate confidence', () => {
    const c = inferColumn('Aadhaar', ['', 'NA', 'null']);
    expect(c).toMatchObject({ type: 'IN_AADHAAR', sampled: 0, confidence: 0.6 });
  });
});

describe('validateValue', () => {
  it('accepts whole valid values and rejects anything else', () => {
    expect(validateValue('IN_AADHAAR', aadhaars[0]!)).toBe(true);
    expect(validateValue('IN_AADHAAR', `${aadhaars[0]} extra`)).toBe(false);
    expect(validateValue('IN_PHONE', '+91 98765 43210')).toBe(true);
    expect(validateValue('IN_PHONE', '+1 415 555 0123')).toBe(false);
    expect(validateValue('IN_COWIN_REF', '12345678901234')).toBe(true);
    expect(validateValue('DATE_OF_BIRTH', '1990-02-30')).toBe(false);
    expect(validateValue('GENDER', 'महिला')).toBe(true);
    expect(validateValue('PERSON', 'R. K. Sharma')).toBe(true);
    expect(validateValue('PERSON', 'Flat 12')).toBe(false);
  });
});
