// `sakshya scan` (the built binary) reads a screenshot by OCR and a PDF by its pages, as import does, and
// counts a typed column's failing values as failed checks; it prints masked examples only.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, sakshya, tempDir } from '../support/cli';
import { Rng } from '../fixtures/pii/prng';
import { writePdf } from '../fixtures/pdf/pdf-writer';
import { failingAadhaarCsv, grouped } from '../fixtures/pii/fail-closed-samples';

interface Report {
  format: string;
  status: string;
  reason?: string;
  records: number;
  types: Record<string, { valid: number; invalid: number; columns: string[]; examples: string[] }>;
}

let root: string;
let cleanup: () => void;
beforeAll(() => ({ dir: root, cleanup } = tempDir()));
afterAll(() => cleanup());

async function scan(file: string): Promise<Report> {
  const r = await sakshya(['scan', file, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('sakshya scan', () => {
  it('reads a PNG screenshot by OCR instead of calling it binary content', async () => {
    const rep = await scan(path.join(ROOT, 'test/fixtures/ocr/bot-replies-1280x720.png'));
    expect(rep).toMatchObject({ format: 'image', status: 'parsed' });
    expect(rep.reason).toBeUndefined();
    expect(rep.types.IN_PHONE?.valid).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('reads a PDF by its pages, and counts a typed column of failing Aadhaar numbers as failed checks', async () => {
    const { csv, values } = failingAadhaarCsv(new Rng(21), 12);
    const pdfFile = path.join(root, 'reply.pdf');
    fs.writeFileSync(pdfFile, writePdf([{ width: 612, height: 792, text: [[72, 700, 14, `Mobile: 9876543210`]] }]));
    const pdf = await scan(pdfFile);
    expect(pdf).toMatchObject({ format: 'pdf', status: 'parsed' });
    expect(pdf.types.IN_PHONE?.valid).toBeGreaterThanOrEqual(1);

    const csvFile = path.join(root, 'failing.csv');
    fs.writeFileSync(csvFile, csv);
    const r = await sakshya(['scan', csvFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/IN_AADHAAR\s+0 valid\s+12 failed checks\s+columns: aadhaar_no/);
    for (const v of values) {
      expect(r.stdout).not.toContain(grouped(v, ' '));
      expect(r.stdout).not.toContain(v);
    }
  }, 120_000);
});
