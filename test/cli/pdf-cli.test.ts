// `sakshya import` on PDFs: a PDF with a text layer is imported as format pdf with its records; a damaged one
// is still acquired and hashed, with the reason. `sakshya image redact --page N` writes a scanned page's
// redacted copy as it does a screenshot's. Synthetic PDFs, written by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { writePdf } from '../fixtures/pdf/pdf-writer';
import { sakshya, tempDir, ROOT } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';

const env = { SAKSHYA_PASSPHRASE: 'pdf cli' };
let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, env.SAKSHYA_PASSPHRASE);
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

describe('sakshya image redact of a scanned PDF page', () => {
  it('writes page 2 (the scan after a text page) redacted, without metadata, exactly as the same picture imported as a screenshot; logs the page; refuses pages without a scan', async () => {
    // Page 1 has a text layer (not OCR'd); page 2 is the bot-reply screenshot's pixels, placed as a scan.
    const shot = path.join(ROOT, 'test/fixtures/ocr/bot-replies-1280x720.png');
    const png = PNG.sync.read(fs.readFileSync(shot));
    const rgb = new Uint8Array(png.width * png.height * 3);
    for (let i = 0, j = 0; i < png.data.length; i += 4, j += 3) rgb.set(png.data.subarray(i, i + 3), j);
    const text: [number, number, number, string][] = [[72, 700, 12, 'Complaint annexure: bot replies received on the helpline, as printed'], [72, 680, 12, 'The next page is a scan of the chat window.']];
    const scan = path.join(root, 'scan.pdf');
    fs.writeFileSync(scan, writePdf([{ width: 612, height: 792, text }, { width: 960, height: 540, images: [{ rgb: { data: rgb, width: png.width, height: png.height }, matrix: [960, 0, 0, 540, 0, 0] }] }]));
    const r = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', scan, shot], { env });
    expect(r.code, r.stderr).toBe(0);
    const [pdf, image] = (JSON.parse(r.stdout) as { evidenceId: string; format: string }[]).map((x) => x.evidenceId);

    const out = path.join(root, 'page2.png');
    const w = await sakshya(['image', 'redact', '--vault', vault, '--case', caseId, '--evidence', pdf!, '--page', '2', '--out', out], { env });
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toMatch(/^Redacted image \(page 2\) written to .*page2\.png \(SHA-256 [0-9a-f]{64}\)/);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    for (const chunk of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME']) expect(bytes.includes(Buffer.from(chunk)), chunk).toBe(false);
    const page = PNG.sync.read(bytes);
    expect([page.width, page.height]).toEqual([1280, 720]);
    expect(page.data.equals(png.data)).toBe(false);

    // The same pixels imported as a screenshot get the very same redaction.
    const same = path.join(root, 'screenshot.png');
    expect((await sakshya(['image', 'redact', '--vault', vault, '--case', caseId, '--evidence', image!, '--out', same], { env })).code).toBe(0);
    expect(page.data.equals(PNG.sync.read(fs.readFileSync(same)).data)).toBe(true);
    // Without --page: the first page with a scan, page 2.
    const first = path.join(root, 'first.png');
    expect((await sakshya(['image', 'redact', '--vault', vault, '--case', caseId, '--evidence', pdf!, '--out', first], { env })).code).toBe(0);
    expect(fs.readFileSync(first).equals(bytes)).toBe(true);

    const log = (await sakshya(['custody', 'log', '--vault', vault, '--case', caseId], { env })).stdout;
    expect(log).toContain(`Redacted redacted-png export of ${pdf} page 2 written`);

    const refused = async (args: string[], message: RegExp): Promise<void> => {
      const x = await sakshya(['image', 'redact', '--vault', vault, '--case', caseId, '--out', path.join(root, 'no.png'), ...args], { env });
      expect(x.code, x.stderr).not.toBe(0);
      expect(x.stderr).toMatch(message);
    };
    await refused(['--evidence', pdf!, '--page', '1'], /Page 1 of e[0-9a-f]+ has no scanned image read by OCR\. Pages with one: 2\./);
    await refused(['--evidence', pdf!, '--page', '2', '--image', '2'], /Page 2, image 2, of e[0-9a-f]+ has no scanned image/);
    await refused(['--evidence', pdf!, '--page', '0'], /--page counts from 1/);
    await refused(['--evidence', image!, '--page', '1'], /is a single image, not a PDF/);
    expect(fs.existsSync(path.join(root, 'no.png'))).toBe(false);
  }, 300_000);
});
