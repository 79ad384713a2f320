// The table-aware detector must find exactly what per-cell detection (detectCell with the column's
// inference) finds, and detectFile's split across worker threads must equal a single-thread run —
// including when a cut falls inside a quoted field (then it parses again on one thread).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectCell, inferColumn, scanText, verhoeffCheckDigit, PII_TYPES, type PiiType } from '../../../shared/pii/index';
import { TableDetector, INFER_ROWS, MIN_FINDING_CHARS, hasDigitOrAt } from '../../../electron/node/pii/table-detector';
import { detectFile } from '../../../electron/node/pii/detect-file';
import { Rng } from '../../fixtures/pii/prng';

function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}
const r = rng(7);
const int = (n: number): number => Math.floor(r() * n);
const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
const aadhaar = (): string => {
  const b = String(2 + int(8)) + digits(10);
  const a = b + verhoeffCheckDigit(b);
  return int(2) ? a : `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
};

const HEADER = ['id', 'name', 'aadhaar', 'mobile', 'order_no', 'notes', 'email'];
function makeRow(i: number): string[] {
  const mobile = String(6 + int(4)) + digits(9);
  return [
    String(i),
    int(20) === 0 ? 'N/A' : `${['Ravi', 'Sita', 'Amit'][int(3)]} ${['Rao', 'Das', 'Jain'][int(3)]}`,
    int(15) === 0 ? digits(12) : aadhaar(), // some damaged values: not Verhoeff-valid
    int(25) === 0 ? '' : mobile,
    [digits(12), `ORD-${digits(6)}`, `refund to x${int(99)}@pay.in`, `Aadhaar ${aadhaar()}`, `  `][int(5)]!,
    [`call me on ${mobile}`, 'no pii here', `PAN ABCPK${digits(4)}Q, dob 12/03/1990`, `मोबाइल ${mobile}`, ''][int(5)]!,
    `u${i}@example.in`,
  ];
}

function reference(header: string[], rows: string[][]): number[] {
  const counts = new Array<number>(PII_TYPES.length).fill(0);
  const infs = header.map((h, c) => {
    const sample = rows.slice(0, INFER_ROWS).map((row) => row[c]!).filter((v) => v !== '');
    const inf = inferColumn(h, sample);
    return { ...inf, type: inf.type && inf.confidence >= 0.5 ? inf.type : null };
  });
  for (const row of rows) {
    row.forEach((v, c) => {
      if (!v) return;
      for (const f of detectCell(v, infs[c]!, header[c])) counts[PII_TYPES.indexOf(f.type)]!++;
    });
  }
  return counts;
}

const byName = (counts: readonly number[]): Partial<Record<PiiType, number>> =>
  Object.fromEntries(PII_TYPES.map((t, i) => [t, counts[i]!]).filter(([, n]) => n !== 0));

describe('TableDetector', () => {
  for (const n of [50, 1500]) {
    it(`counts what detectCell finds, cell by cell (${n} rows)`, () => {
      const rows = Array.from({ length: n }, (_, i) => makeRow(i));
      const det = new TableDetector();
      det.table('data', HEADER);
      for (const row of rows) det.row('data', row, {});
      det.finish();
      const got = det.counts();
      expect(got.records).toBe(n);
      expect(byName(got.findings)).toEqual(byName(reference(HEADER, rows)));
      // The point of it: most cells are settled by a validator, not by the scanner.
      if (n > INFER_ROWS) expect(got.validatedCells).toBeGreaterThan(got.scannedCells);
    });
  }
});

describe('cells the detector skips without a scan', () => {
  it('hold no finding: no digit and no @, or shorter than MIN_FINDING_CHARS', () => {
    const alphabet = ['a', 'X', 'x', '*', '•', ' ', '-', '.', ',', '/', '+', 'B', 'H', 'आ', 'धा', 'र', '_', 'Q', 'M', 'P', '1', '9', '0', '@', '६', 'in', 'co'];
    const contexts = [undefined, 'notes', 'aadhaar', 'email', 'order id'];
    for (let n = 0; n < 20000; n++) {
      let v = '';
      const len = 1 + int(n % 2 ? 5 : 30);
      for (let k = 0; k < len; k++) v += alphabet[int(alphabet.length)];
      const ctx = contexts[int(contexts.length)];
      if (v.length < MIN_FINDING_CHARS || !hasDigitOrAt(v)) {
        expect(scanText(v, ctx ? { context: ctx } : undefined), v).toEqual([]);
      }
    }
  });
});

describe('detectFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-detect-'));
  const write = (name: string, lines: string[]): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, lines.join('\n') + '\n');
    return f;
  };
  const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

  it('split across two workers equals one thread', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => makeRow(i));
    // A few multi-line quoted notes, so line starts inside quotes exist.
    for (let i = 0; i < rows.length; i += 97) rows[i]![5] = `line one\nline "two" ${rows[i]![3]}`;
    const f = write('split.csv', [HEADER.join(','), ...rows.map((row) => row.map(quote).join(','))]);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    expect(two.fellBack).toBe(false);
    expect(two.records).toBe(one.records);
    expect(byName(two.findings)).toEqual(byName(one.findings));
    expect(two.plans).toEqual(one.plans);
  }, 60_000);

  it('a TSV split across two workers equals one thread', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => makeRow(i));
    const f = write('split.tsv', [HEADER.join('\t'), ...rows.map((row) => row.map((v) => v.replace(/[\t\n"]/g, ' ')).join('\t'))]);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(one.format).toBe('tsv');
    expect(two.threads).toBe(2);
    expect(two.records).toBe(one.records);
    expect(byName(two.findings)).toEqual(byName(one.findings));
    expect(two.plans).toEqual(one.plans);
  }, 60_000);

  it('types the columns from as much of the head as holds INFER_ROWS records, however long they are', async () => {
    // About 3 KB a record: the first INFER_ROWS records need more than the first slice of the head.
    const rows = Array.from({ length: 700 }, (_, i) => makeRow(i));
    for (const row of rows) row[5] = `${row[5]} ${'lorem ipsum '.repeat(250)}`;
    const f = write('long.csv', [HEADER.join(','), ...rows.map((row) => row.map(quote).join(','))]);
    expect(fs.statSync(f).size).toBeGreaterThan(2_000_000);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.threads).toBe(2);
    expect(byName(two.findings)).toEqual(byName(one.findings));
    expect(two.plans).toEqual(one.plans);
  }, 60_000);

  it('does not split when the head holds too few records to type the columns (the started workers are stopped)', async () => {
    // About 30 KB a record: the first 4 MB hold fewer than INFER_ROWS of them.
    const rows = Array.from({ length: 300 }, (_, i) => makeRow(i));
    for (const row of rows) row[5] = `${row[5]} ${'lorem ipsum '.repeat(2500)}`;
    const f = write('huge-records.csv', [HEADER.join(','), ...rows.map((row) => row.map(quote).join(','))]);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.threads).toBe(1);
    expect(two.fellBack).toBe(false);
    expect(byName(two.findings)).toEqual(byName(one.findings));
  }, 60_000);

  it('a cut inside a quoted field falls back to one thread with the same result', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => makeRow(i));
    // One huge quoted field of many lines across the middle of the file.
    rows[200]![5] = Array.from({ length: 3000 }, (_, k) => `note ${k}, mobile ${9000000000 + k}`).join('\n');
    const f = write('quoted.csv', [HEADER.join(','), ...rows.map((row) => row.map(quote).join(','))]);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.fellBack).toBe(true);
    expect(two.records).toBe(one.records);
    expect(byName(two.findings)).toEqual(byName(one.findings));
  }, 60_000);
});
