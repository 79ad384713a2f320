// `scan` reads a file as import does (issue #13 item 4): a typed column's failing values are counted as
// failed checks, images and PDFs are read (OCR, page text) instead of being called binary, and scan and
// import agree on the same file. Identifiers are synthetic; which pass their check is decided by the
// fixture's own published-table Verhoeff, not by the code under test.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { scanFile } from '../../../electron/node/pii/scan-file';
import { Workbench } from '../../../electron/node/core/workbench';
import { tempDir } from '../../support/cli';
import { Rng } from '../../fixtures/pii/prng';
import { writePdf } from '../../fixtures/pdf/pdf-writer';
import {
  aadhaarLike, failingAadhaarCsv, grouped, mobileLike, people, refVerhoeffValid, sweepCsv, sweepJson, sweepMysql, sweepSqlite, sweepTelegram,
} from '../../fixtures/pii/fail-closed-samples';

const PNG = path.resolve(import.meta.dirname, '../../fixtures/ocr/bot-replies-1280x720.png');

/** A text PDF of a bot reply: one Aadhaar number passing its check and one failing, each with a mobile. */
function replyPdf(): Buffer {
  const r0 = new Rng(7);
  const ids = [aadhaarLike(r0, true), aadhaarLike(r0, false)];
  return writePdf([
    { width: 612, height: 792, text: ids.flatMap((a, i) => [[72, 700 - 60 * i, 14, `Aadhaar: ${grouped(a, ' ')}`], [72, 680 - 60 * i, 14, `Mobile: ${mobileLike(r0, true)}`]] as [number, number, number, string][]) },
  ]);
}

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
const file = (name: string, data: string | Buffer): string => {
  const p = path.join(root, name);
  fs.writeFileSync(p, data);
  return p;
};

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  caseId = (await wb.handlers()['case.create']({ title: 'scan as import' })).id;
});
afterAll(() => {
  wb?.lock();
  cleanup?.();
});

describe('scan', () => {
  it('counts every failing value of a typed Aadhaar column as a failed check', async () => {
    const { csv, values } = failingAadhaarCsv(new Rng(5), 40);
    expect(values.some(refVerhoeffValid)).toBe(false);
    const r = await scanFile(file('failing.csv', csv));
    expect(r).toMatchObject({ format: 'csv', records: 40, status: 'parsed' });
    expect(r.types.IN_AADHAAR).toMatchObject({ valid: 0, invalid: 40, columns: ['aadhaar_no'] });
    for (const v of values) expect(JSON.stringify(r)).not.toContain(v.slice(0, 8));
  });

  it('counts passing and failing values of a typed column apart', async () => {
    const r0 = new Rng(6);
    const vals = Array.from({ length: 30 }, (_, i) => aadhaarLike(r0, i % 3 === 0));
    const valid = vals.filter(refVerhoeffValid).length;
    const r = await scanFile(file('mixed.csv', ['aadhaar,mobile', ...vals.map((v) => `${grouped(v, ' ')},${mobileLike(r0, true)}`)].join('\n') + '\n'));
    expect(r.types.IN_AADHAAR).toMatchObject({ valid, invalid: 30 - valid, columns: ['aadhaar'] });
    expect(valid).toBe(10);
  });

  it('counts a headerless column of 12-digit numbers beside identifiers, mostly failing the check, as failed checks', async () => {
    const r0 = new Rng(9);
    const nums = Array.from({ length: 20 }, (_, i) => aadhaarLike(r0, i < 2));
    const lines = nums.map((a, i) => `Person ${String.fromCharCode(65 + i)} Example,${mobileLike(r0, true)},${a}`);
    const r = await scanFile(file('beside.csv', ['name,mobile,column_3', ...lines].join('\n') + '\n'));
    // Masked in the grid (typed by its shape beside the name and mobile columns), but the two that pass
    // the check among eighteen that fail pass by chance: no finding is reported for them.
    expect(r.types.IN_AADHAAR).toMatchObject({ valid: 0, invalid: 20, columns: ['column_3'] });
    expect(r.types.IN_PHONE).toMatchObject({ valid: 20, columns: ['mobile'] });
  });

  it('reads a PNG screenshot by OCR, as import does, instead of calling it binary content', async () => {
    const r = await scanFile(PNG);
    expect(r.format).toBe('image');
    expect(r.status).toBe('parsed');
    expect(r.reason).toBeUndefined();
    expect(r.records).toBeGreaterThan(0);
    const aadhaar = r.types.IN_AADHAAR;
    expect((aadhaar?.valid ?? 0) + (aadhaar?.invalid ?? 0)).toBeGreaterThanOrEqual(3);
    expect(r.types.IN_PHONE?.valid ?? 0).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('reads a PDF page by page, as import does, instead of calling it binary content', async () => {
    const r = await scanFile(file('reply.pdf', replyPdf()));
    expect(r).toMatchObject({ format: 'pdf', status: 'parsed' });
    // Both Aadhaar numbers, the failing one too, as import's `fields` table holds them (column "Aadhaar").
    expect(r.types.IN_AADHAAR?.columns).toContain('Aadhaar');
    expect((r.types.IN_AADHAAR?.valid ?? 0) + (r.types.IN_AADHAAR?.invalid ?? 0)).toBeGreaterThanOrEqual(2);
    expect(r.types.IN_PHONE?.valid).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('reports the records, the status and the typed columns import finds in the same file', async () => {
    const ps = people(11, 30);
    const files = [
      file('people.csv', sweepCsv(ps)), file('failing2.csv', failingAadhaarCsv(new Rng(8), 25).csv), file('reply2.pdf', replyPdf()),
      file('people.json', sweepJson(ps)), file('dump.sql', sweepMysql(ps)), file('result.json', sweepTelegram(ps)), file('people.sqlite', await sweepSqlite(ps)),
    ];
    const imported = await wb.importFiles(caseId, files, { reason: 'scan vs import' });
    const list = await wb.handlers()['evidence.list']({ caseId });
    for (let k = 0; k < files.length; k++) {
      const s = await scanFile(files[k]!);
      const imp = imported[k]!;
      expect({ format: s.format, records: s.records, malformed: s.malformed, status: s.status }).toEqual({
        format: imp.format, records: imp.records, malformed: imp.malformed, status: imp.status,
      });
      const e = list.find((x) => x.id === imp.evidenceId)!;
      for (const c of e.tables.flatMap((t) => t.columns)) {
        if (!c.piiType || c.nonEmpty === 0) continue;
        const t = s.types[c.piiType as keyof typeof s.types];
        expect(t?.columns, `${c.name} (${c.piiType})`).toContain(c.name);
        // Every non-empty cell of a typed column is counted, passing its check or failing it.
        expect((t?.valid ?? 0) + (t?.invalid ?? 0)).toBeGreaterThanOrEqual(c.nonEmpty);
      }
    }
  });
});
