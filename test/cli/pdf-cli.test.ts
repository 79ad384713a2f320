// `sakshya import` on PDFs: a PDF with a text layer is imported as format pdf with its records; a damaged one
// is still acquired and hashed, with the reason. Synthetic PDFs, written by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writePdf } from '../fixtures/pdf/pdf-writer';
import { sakshya, tempDir } from '../support/cli';

const env = { SAKSHYA_PASSPHRASE: 'pdf cli' };
let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  expect((await sakshya(['vault', 'init', '--vault', vault], { env })).code).toBe(0);
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'PDF'], { env })).stdout.trim();
});
afterAll(() => cleanup());

describe('sakshya import of PDFs', () => {
  it('prints format pdf, the sums of the file, and the records read from its text layer; a truncated copy is kept with its reason', async () => {
    const pdf = writePdf([{ width: 612, height: 792, text: [[72, 700, 14, 'Name: Synthetic Person'], [72, 680, 14, 'Mobile: 9876500000']] }]);
    const good = path.join(root, 'reply.pdf');
    const cut = path.join(root, 'reply-cut.pdf');
    fs.writeFileSync(good, pdf);
    fs.writeFileSync(cut, pdf.subarray(0, 200));

    const r = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', good, cut], { env });
    expect(r.code, r.stderr).toBe(0);
    const [a, b] = JSON.parse(r.stdout) as { format: string; status: string; records: number; sha256: string; reason?: string }[];
    expect(a).toMatchObject({ format: 'pdf', status: 'parsed', records: 3 }); // two lines and one fields row
    expect(a!.sha256).toBe(execFileSync('sha256sum', [good], { encoding: 'utf8' }).split(/\s+/)[0]);
    expect(b).toMatchObject({ format: 'pdf', status: 'unparsed', records: 0 });
    expect(b!.reason).toMatch(/truncated/);

    const text = await sakshya(['import', '--vault', vault, '--case', caseId, path.join(root, 'reply.pdf')], { env });
    expect(text.stdout).toMatch(/\tduplicate\tpdf\t/);
  });
});
