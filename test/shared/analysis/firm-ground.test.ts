// Issue #13 item 5: the validity checks stand on columns typed as firmly as masking types them, missing
// values are never personal data, and people are counted once however many samples repeat them.
import { describe, it, expect } from 'vitest';
import { SampleProfile, isEmptyCell, MASK_CONFIDENCE, compare, type TokenSample } from '../../../shared/analysis';

const KEY = new Uint8Array(32).fill(9);
const asOf = new Date(Date.UTC(2023, 5, 12));

function profile(columns: string[], types: (string | null)[], confidences: number[], rows: (string | null)[][]) {
  const p = new SampleProfile({ tokenKey: KEY, asOf });
  p.beginTable('t', columns, types, confidences);
  for (const r of rows) p.addRow(r, JSON.stringify(r));
  return p.finish();
}

describe('validity checks on firm ground', () => {
  it('leave out a weakly typed column whose values are not identifiers (a "district" read as PIN codes)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`4110${String(i).padStart(2, '0')}`, ['Pune', 'Nagpur', 'Thane'][i % 3]!]);
    const { figures } = profile(['pincode', 'district'], ['IN_PINCODE', 'IN_PINCODE'], [0.95, 0.3], rows);
    // 40 PIN codes in the pincode column, all in postal circle 41: nothing from the district column.
    expect(figures.validity.IN_PINCODE).toMatchObject({ valid: 40, total: 40 });
  });

  it('keep a weakly typed column whose values have the identifier shape (invented Aadhaar under an "aadhaar" header)', () => {
    // 12 digits each, first digit 1 (never issued): identifier-shaped, every check fails.
    const rows = Array.from({ length: 40 }, (_, i) => [`1${String(1000000000 + i * 7919).padStart(11, '0')}`]);
    const { figures } = profile(['aadhaar'], ['IN_AADHAAR'], [MASK_CONFIDENCE - 0.18], rows);
    expect(figures.validity.IN_AADHAAR).toMatchObject({ valid: 0, total: 40 });
  });

  it('leave out a firmly typed column most of whose values lack the shape (timestamps typed as PIN codes)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`2023-06-12T10:${String(i).padStart(2, '0')}:00`]);
    const { figures } = profile(['date'], ['IN_PINCODE'], [0.6], rows);
    expect(figures.validity.IN_PINCODE).toBeUndefined();
  });

  it('count damaged values of a firm column as failing (fail closed), when most values have the shape', () => {
    const rows = [...Array.from({ length: 30 }, () => ['400001']), ...Array.from({ length: 10 }, () => ['40001'])];
    const { figures } = profile(['pincode'], ['IN_PINCODE'], [0.9], rows);
    expect(figures.validity.IN_PINCODE).toMatchObject({ valid: 30, total: 40 });
  });
});

describe('missing values', () => {
  it('are empty, whatever placeholder is used', () => {
    for (const v of ['', ' ', 'NA', 'N/A', 'n.a.', 'NULL', '(null)', 'null', '-', '--', '—', 'nil', 'None', 'none', 'unknown', 'Not Available', '#N/A', '?']) {
      expect(isEmptyCell(v), JSON.stringify(v)).toBe(true);
    }
    for (const v of ['Nandini', 'Nalini', 'Unnikrishnan', '0', 'N', 'NAGPUR', 'nil kumar', '-5', '9876543210']) expect(isEmptyCell(v), v).toBe(false);
  });

  it('are neither checked nor tokenised nor counted as filled', () => {
    const rows = [['9876543210'], ['NA'], ['NULL'], ['-'], ['N/A'], ['nil'], ['none'], ['']];
    const { figures, tokens } = profile(['mobile'], ['IN_PHONE'], [0.9], rows);
    expect(figures.validity.IN_PHONE).toMatchObject({ valid: 1, total: 1 });
    expect(tokens.all.length).toBe(1);
    expect(figures.completeness.mobile).toBe(1 / 8);
  });
});

describe('people', () => {
  it('are the distinct values of the identifier that stands for a person (Aadhaar before mobile)', () => {
    const rows = [
      ['234123412346', '9876543210'],
      ['234123412346', '9876543211'],
      ['345634563456', '9876543210'],
    ];
    const { figures } = profile(['aadhaar', 'mobile'], ['IN_AADHAAR', 'IN_PHONE'], [0.9, 0.9], rows);
    expect(figures.personType).toBe('IN_AADHAAR');
    expect(figures.people).toBe(2);
    expect(figures.records).toBe(3);
  });
});

describe('containment', () => {
  it('is measured over the identifier types both samples hold', () => {
    const mk = (id: string, columns: string[], types: string[], rows: string[][]): TokenSample => {
      const { figures, tokens } = profile(columns, types, types.map(() => 0.9), rows);
      return { id, caseId: 'c', name: id, acquiredAt: id, fingerprint: figures.schemaFingerprint, all: tokens.all, byType: tokens.byType };
    };
    const mobiles = Array.from({ length: 10 }, (_, i) => `98765432${String(i).padStart(2, '0')}`);
    const source = mk('a', ['mobile'], ['IN_PHONE'], mobiles.map((m) => [m]));
    // The copy keeps half the mobiles and adds a PAN column the source does not have.
    const copy = mk('b', ['mobile', 'pan'], ['IN_PHONE', 'IN_PAN'], mobiles.slice(0, 5).map((m, i) => [m, `ABCPD${1000 + i}F`]));
    const o = compare(source, copy);
    expect(o.shared).toBe(5);
    expect(o.bCompared).toBe(5);
    expect(o.containmentOfB).toBe(1);
    expect(o.containmentOfA).toBe(0.5);
  });
});
