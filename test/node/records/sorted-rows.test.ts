// Sorting records in the core (issue #16): numbers as numbers, text as text, empty values last, ties in
// record order; a column of personal data sorts by its real values but every value leaves masked; the sort
// and the sorted pages seen are in the custody log without values. Also: item details carry the source
// path and the file's times as imported.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { tempDir } from '../../support/cli';
import { personAt } from '../../e2e/support/people-csv';

// Record number (0-based) → age as written. '9', '10', '100' sort 9 < 10 < 100 as numbers ('10' < '100' < '9'
// as text); two 10s keep record order; the empty cell goes last in both directions.
const AGES = ['42', '9', '100', '', '10', '7.5', '10', '63'];
// Cities, with case and a space that a byte-order sort would put elsewhere.
const CITIES = ['pune', 'Indore', 'Navi Mumbai', 'agra', 'Nagpur', 'Kochi', '', 'Bhopal'];
const PEOPLE = AGES.map((_, i) => personAt(i + 40));

describe('evidence.sortedRows', () => {
  let root: string;
  let cleanup: () => void;
  let wb: Workbench;
  let caseId: string;
  let evidenceId: string;
  let csvPath: string;
  const MTIME = new Date('2023-06-12T04:05:06.000Z');

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-sorted-'));
    let t = Date.parse('2026-12-07T10:00:00Z');
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, now: () => new Date((t += 1000)) });
    await wb.create('correct horse battery staple', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
    caseId = (await wb.handlers()['case.create']({ title: 'Sort test', ref: '' })).id;
    csvPath = path.join(root, 'in', 'people.csv');
    fs.mkdirSync(path.dirname(csvPath));
    const lines = ['name,aadhaar,age,city', ...PEOPLE.map((p, i) => `${p.name},${p.aadhaar},${AGES[i]},${CITIES[i]}`)];
    fs.writeFileSync(csvPath, lines.join('\n') + '\n');
    fs.utimesSync(csvPath, MTIME, MTIME);
    const res = await wb.importFiles(caseId, [csvPath], { reason: 'sort test' });
    evidenceId = res[0]!.evidenceId!;
  }, 60_000);
  afterAll(() => {
    wb?.lock('exit');
    cleanup?.();
  });

  const sorted = (column: string | number, direction: 'asc' | 'desc', offset = 0, limit = 100) =>
    wb.handlers()['evidence.sortedRows']({ caseId, evidenceId, column, direction, offset, limit });

  it('sorts a column of numbers as numbers, empty last, equal values in record order', async () => {
    const asc = await sorted('age', 'asc');
    expect(asc.sort.compared).toBe('number');
    expect(asc.rowNumbers).toEqual([5, 1, 4, 6, 0, 7, 2, 3]);
    expect(asc.rows.map((r) => r[2])).toEqual(['7.5', '9', '10', '10', '42', '63', '100', '']);
    const desc = await sorted('age', 'desc');
    expect(desc.rowNumbers).toEqual([2, 7, 0, 4, 6, 1, 5, 3]);
  });

  it('sorts text ignoring case, empty last; a page is a window of the order', async () => {
    const asc = await sorted('city', 'asc');
    expect(asc.sort.compared).toBe('text');
    expect(asc.rows.map((r) => r[3])).toEqual(['agra', 'Bhopal', 'Indore', 'Kochi', 'Nagpur', 'Navi Mumbai', 'pune', '']);
    const desc = await sorted(3, 'desc', 2, 3);
    expect(desc.offset).toBe(2);
    expect(desc.rows.map((r) => r[3])).toEqual(['Nagpur', 'Kochi', 'Indore']);
    expect(desc.total).toBe(8);
  });

  it('sorts a personal-data column by its real values but returns every value masked', async () => {
    const page = await sorted('aadhaar', 'asc');
    const digits = PEOPLE.map((p) => p.aadhaar.replace(/ /g, ''));
    const expected = digits.map((d, i) => ({ d, i })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i)).map((x) => x.i);
    expect(page.rowNumbers).toEqual(expected);
    expect(page.rows.map((r) => r[1])).toEqual(expected.map((i) => `XXXX XXXX ${digits[i]!.slice(8)}`));
    const wire = JSON.stringify(page);
    for (const p of PEOPLE) {
      expect(wire).not.toContain(p.aadhaar);
      expect(wire).not.toContain(p.aadhaar.replace(/ /g, ''));
      expect(wire).not.toContain(p.name);
    }
  });

  it('logs each sort once and the sorted pages seen, with no values; locking writes pending views', async () => {
    await sorted('age', 'asc', 0, 4);
    await sorted('age', 'asc', 4, 4);
    wb.lock('user');
    await wb.unlock('correct horse battery staple');
    const events = listEvents(wb.vault.db, caseId);
    const sorts = events.filter((e) => e.action === 'evidence.sorted');
    expect(sorts.map((e) => [e.details.column, e.details.direction])).toEqual([
      ['age', 'asc'],
      ['age', 'desc'],
      ['city', 'asc'],
      ['city', 'desc'],
      ['aadhaar', 'asc'],
    ]);
    expect(sorts[0]!.details).toMatchObject({ evidenceId, table: expect.any(String), compared: 'number', records: 8 });
    const views = events.filter((e) => e.action === 'evidence.viewed' && e.details.sortedBy !== undefined);
    // Positions people see: 1-based, inclusive. Pages of one sort that touch merge into one entry.
    const seen = views.map((v) => v.details);
    expect(seen).toContainEqual({ evidenceId, table: expect.any(String), sortedBy: 'age', direction: 'asc', positions: [1, 8] });
    expect(seen).toContainEqual({ evidenceId, table: expect.any(String), sortedBy: 'city', direction: 'desc', positions: [3, 5] });
    expect(seen).toHaveLength(5);
    const log = JSON.stringify(events);
    for (const p of PEOPLE) {
      expect(log).not.toContain(p.aadhaar.replace(/ /g, '').slice(0, 8));
      expect(log).not.toContain(p.name);
    }
    // After the unlock the sort is built again (orders are kept only while the vault is open) and logged again.
    await sorted('age', 'asc', 0, 2);
    const again = listEvents(wb.vault.db, caseId).filter((e) => e.action === 'evidence.sorted');
    expect(again).toHaveLength(6);
  });

  it('names an unknown column and refuses it', async () => {
    await expect(sorted('salary', 'asc')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives the source path and the file times of the imported file', async () => {
    const [item] = await wb.handlers()['evidence.list']({ caseId });
    expect(item!.sourcePath).toBe(path.resolve(csvPath));
    expect(item!.fileTimes.modified).toBe(MTIME.toISOString());
    const acquired = listEvents(wb.vault.db, caseId).find((e) => e.action === 'evidence.acquired')!;
    expect(acquired.details).toMatchObject({ sourcePath: path.resolve(csvPath), fileTimes: { modified: MTIME.toISOString() } });
  });
});
