// Fail-closed redaction at the cell level: whether a typed cell is masked never depends on its check
// digit, and column typing does not need the values to pass their checks. Test identifiers come from
// the sweep fixture's own Verhoeff (the published tables), not from the code under test.
import { describe, it, expect } from 'vitest';
import { DEFAULT_POLICY, inferColumn, inferTable, redactCell, typedColumn, type PiiType } from '../../../shared/pii';
import { Rng } from '../../fixtures/pii/prng';
import {
  aadhaarLike, epicLike, grouped, mobileLike, panLike, passportLike, refVerhoeffValid, vidLike,
} from '../../fixtures/pii/fail-closed-samples';

const r = new Rng(1312);
const joinDigits = (s: string): string => s.replace(/(\d)[ -]+(?=\d)/g, '$1');

/** [type, header, value] for every type, each value passing or failing its check, in several spellings. */
function corpus(): [PiiType, string, string][] {
  const out: [PiiType, string, string][] = [];
  for (const valid of [true, false]) {
    for (let i = 0; i < 20; i++) {
      const a = aadhaarLike(r, valid);
      for (const sep of ['', ' ', '-']) out.push(['IN_AADHAAR', 'aadhaar_no', grouped(a, sep)]);
      const v = vidLike(r, valid);
      for (const sep of ['', ' ']) out.push(['IN_VID', 'vid', grouped(v, sep)]);
      out.push(['IN_PAN', 'pan', panLike(r, valid)]);
      const m = mobileLike(r, valid);
      for (const s of [m, `+91 ${m}`, `0${m}`, `${m.slice(0, 5)} ${m.slice(5)}`]) out.push(['IN_PHONE', 'mobile', s]);
      out.push(['IN_PASSPORT', 'passport_no', passportLike(r, valid)]);
      out.push(['IN_VOTER', 'epic_no', epicLike(r, valid)]);
    }
  }
  return out;
}

/** The identifying part of a cell: its digits (for numbers) or its letters and digits. */
const core = (type: PiiType, v: string): string => (type === 'IN_PHONE' ? v.replace(/\D/g, '').slice(-10) : joinDigits(v).replace(/\s/g, ''));

describe('redactCell fails closed', () => {
  it('the corpus holds values that fail their check (published Verhoeff)', () => {
    const aadhaars = corpus().filter(([t, , v]) => t === 'IN_AADHAAR' && !/[ -]/.test(v)).map(([, , v]) => v);
    expect(aadhaars.some(refVerhoeffValid)).toBe(true);
    expect(aadhaars.some((a) => !refVerhoeffValid(a))).toBe(true);
  });

  it('masks every value of a typed column, valid or not', () => {
    const raw: string[] = [];
    for (const [type, header, v] of corpus()) {
      const out = redactCell(type, v, DEFAULT_POLICY, undefined, header);
      if (joinDigits(out).replace(/\s/g, '').toUpperCase().includes(core(type, v).toUpperCase())) raw.push(`${type} ${v} -> ${out}`);
    }
    expect(raw).toEqual([]);
  });

  it('a typed cell with several values leaves none of them raw', () => {
    const a = aadhaarLike(r, false);
    const m = mobileLike(r, true);
    for (const [type, cell] of [
      ['IN_PHONE', `${m} / ${grouped(a, ' ')}`],
      ['IN_AADHAAR', `${grouped(a, ' ')}, ${m}`],
      ['IN_AADHAAR', `UID ${a} (old)`],
    ] as const) {
      const out = redactCell(type, cell, DEFAULT_POLICY, undefined, type === 'IN_PHONE' ? 'mobile' : 'aadhaar');
      expect(joinDigits(out)).not.toContain(a);
      expect(joinDigits(out)).not.toContain(m);
    }
  });
});

describe('column typing does not need values to pass their checks', () => {
  it('a column headed aadhaar_no whose values all fail Verhoeff is an Aadhaar column', () => {
    const values = Array.from({ length: 50 }, () => grouped(aadhaarLike(r, false), ' '));
    expect(values.every((v) => !refVerhoeffValid(v.replace(/ /g, '')))).toBe(true);
    const inf = inferColumn('aadhaar_no', values);
    expect(inf.type).toBe('IN_AADHAAR');
    expect(typedColumn(inf.type, inf.confidence, 'aadhaar_no')).toBe('IN_AADHAAR');
    expect(inf.invalid).toBe(50);
  });

  it('a header naming the type keeps the column typed even when few values have the shape', () => {
    const inf = inferColumn('aadhaar', ['not given', 'pending', 'NA', grouped(aadhaarLike(r, false), ' '), 'see file']);
    expect(typedColumn(inf.type, inf.confidence, 'aadhaar')).toBe('IN_AADHAAR');
  });

  it('a headerless column of 12-digit numbers beside identifier columns is typed Aadhaar', () => {
    const names = ['Zarina Quasar', 'Yara Quill', 'Xavier Obelix', 'Wanda Nimbus', 'Ulka Mirage', 'Tarun Lumen'];
    const cols = inferTable(
      ['name', 'mobile', 'column_3'],
      [names, names.map(() => mobileLike(r, true)), names.map((_, i) => aadhaarLike(r, i % 2 === 0))],
    );
    expect(cols[2]!.type).toBe('IN_AADHAAR');
    expect(typedColumn(cols[2]!.type, cols[2]!.confidence, 'column_3')).toBe('IN_AADHAAR');
  });

  it('but not on its own, nor under a negative header (order numbers stay untyped)', () => {
    const nums = Array.from({ length: 6 }, () => aadhaarLike(r, false));
    expect(inferTable(['column_1', 'amount'], [nums, ['1', '2', '3', '4', '5', '6']])[0]!.type).toBeNull();
    const names = ['Zarina Quasar', 'Yara Quill', 'Xavier Obelix', 'Wanda Nimbus', 'Ulka Mirage', 'Tarun Lumen'];
    expect(inferTable(['name', 'mobile', 'order_no'], [names, names.map(() => mobileLike(r, true)), nums])[2]!.type).toBeNull();
  });
});
