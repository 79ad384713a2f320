import { describe, it, expect } from 'vitest';
import { SampleProfile, hash53, hashCells, type ProfilePartial } from '../../../shared/analysis';

const KEY = new Uint8Array(32).fill(7);
const asOf = new Date(Date.UTC(2023, 5, 12));
const COLUMNS = ['name', 'aadhaar', 'dob', 'phone', 'age'];
const TYPES = ['PERSON', 'IN_AADHAAR', 'DATE_OF_BIRTH', 'IN_PHONE', null];

const ROWS: (string | null)[][] = [
  ['Asha Rao', '234567890124', '01-02-1980', '9876543210', '43'],
  ['Ravi Das', '234567890125', '31-02-1990', '5876543210', 'NA'],
  ['Asha Rao', '234567890124', '01-02-1980', '9876543210', '43'],
  ['Meera Iyer', null, '', '+91 98765 43211', '150'],
  ['Zoya Khan', '234567890124', '12-12-2001', '7000000000', '22'],
];

function profileOf(rows: (string | null)[][], seedFrom?: SampleProfile): SampleProfile {
  const p = new SampleProfile({ tokenKey: KEY, asOf });
  p.beginTable('records', COLUMNS, TYPES);
  for (const r of rows) p.addHashedRow(r, hashCells(r, seedFrom?.tableSeed ?? p.tableSeed));
  return p;
}

describe('partial profiles', () => {
  it('merged into the profile that began the table, give the figures and tokens of one profile fed every row', () => {
    const whole = profileOf(ROWS).finish();
    const merged = new SampleProfile({ tokenKey: KEY, asOf });
    merged.beginTable('records', COLUMNS, TYPES);
    for (const part of [ROWS.slice(0, 2), ROWS.slice(2, 3), [], ROWS.slice(3)]) merged.mergePartial(profileOf(part, merged).exportPartial());
    const out = merged.finish();
    expect(out.figures).toEqual(whole.figures);
    expect(out.tokens).toEqual(whole.tokens);
    expect(out.figures.duplicateRows).toBe(1);
    expect(out.figures.identifierDuplicates.IN_AADHAAR).toMatchObject({ values: 4, distinct: 2 });
  });

  it('are plain data and typed arrays that a worker can transfer', () => {
    const part: ProfilePartial = profileOf(ROWS).exportPartial();
    expect(part.records).toBe(5);
    expect(part.rowHashes).toBeInstanceOf(Float64Array);
    expect(part.rowHashes.length).toBe(5);
    expect(part.tokens.map((t) => [t.type, t.words.length])).toEqual([['IN_AADHAAR', 8], ['IN_PHONE', 10]]);
    expect(structuredClone(part)).toEqual(part);
  });

  it('cannot be exported from a profile of several tables, nor merged into another table', () => {
    const p = profileOf(ROWS);
    p.beginTable('other', ['x'], [null]);
    expect(() => p.exportPartial()).toThrow();
    expect(() => p.mergePartial(profileOf(ROWS).exportPartial())).toThrow();
  });
});

describe('hashCells', () => {
  it('is hash53 of the cells joined with U+0000, null cells written as U+0001', () => {
    for (const cells of [[], [''], ['a'], ['a', 'b'], ['a', null, ''], [null], ['ab', 'c'], ['a', 'bc']]) {
      const joined = cells.map((c) => c ?? '\u0001').join('\u0000');
      expect(hashCells(cells, 3)).toBe(hash53(joined, 3));
    }
    expect(hashCells(['ab', 'c'])).not.toBe(hashCells(['a', 'bc']));
  });
});
