// Scanned PDF pages get the screenshots' treatment: evidence.image draws any page image redacted (only masked
// values cross, the view is logged with its page), evidence.revealFinding reveals one identifier of that page
// for a logged reason, and a report embeds each page image's redacted copy with a caption naming the item,
// the page, the original PDF's SHA-256 and the OCR confidence, carries it as a listed, verified bundle file,
// and says how many page images its limit left out. The PDF's text and the images in it (extracted with
// pdfimages, read again by OCR) hold no raw identifier. Synthetic people only; values are never printed.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { Workbench } from '../../../electron/node/core/workbench';
import { ChromiumPdfPrinter, chromiumAvailable, generateReport, verifyReportBundle, type GeneratedReport } from '../../../electron/node/report';
import { OcrEngine, shutdownOcr } from '../../../electron/node/ocr';
import { digitsOnly } from '../../../shared/pii';
import { PEOPLE } from '../../fixtures/ocr/bot-replies';
import { hasChromium, renderBotReplyPdfs, SHOT } from '../../fixtures/pdf/bot-reply-pdfs';
import { plainTextHits, sakshya, tempDir, ROOT } from '../../support/cli';

const HAVE_CHROMIUM = chromiumAvailable() && hasChromium;
const HAVE_POPPLER = ['pdftotext', 'pdfimages'].every((b) => fs.existsSync(`/usr/bin/${b}`));
if (!HAVE_POPPLER) console.warn('PDF page report checks skipped: poppler-utils is absent (apt-get install -y poppler-utils)');

const NAME = 'bot-replies-scanned.pdf';
const NOW = new Date('2026-11-28T06:10:00.000Z');
const OUT = path.join(ROOT, 'test-output', 'pdf-page-report');

/** Raw values on the pages, in the spellings a leak would carry them. */
const RAW = PEOPLE.flatMap((p) => [p.aadhaar, p.aadhaar.replace(/ /g, ''), p.phone, p.passport, p.dob, p.name]);
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const pixels = (b: Buffer): Buffer => PNG.sync.read(b).data;

describe.skipIf(!HAVE_CHROMIUM)('scanned PDF pages: image view and report', () => {
  let root: string;
  let cleanup: () => void;
  let wb: Workbench;
  let caseId: string;
  let scanId: string;
  let printedId: string;
  let scanned: Buffer;
  let report: GeneratedReport;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-pdf-report-'));
    const clock = { t: NOW.getTime() - 3600_000 };
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, now: () => new Date((clock.t += 1000)) });
    await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory' });
    caseId = (await wb.handlers()['case.create']({ title: 'CoWIN bot scans', ref: 'DPB/2026/0051' })).id;
    const pdfs = await renderBotReplyPdfs();
    scanned = pdfs.scanned;
    fs.mkdirSync(path.join(root, 'in'));
    const scan = path.join(root, 'in', NAME);
    const printed = path.join(root, 'in', 'bot-replies-printed.pdf');
    fs.writeFileSync(scan, pdfs.scanned);
    fs.writeFileSync(printed, pdfs.printed);
    const res = await wb.importFiles(caseId, [scan, printed], { reason: 'scan forwarded by the complainant' });
    scanId = res.find((i) => i.name === NAME)!.evidenceId!;
    printedId = res.find((i) => i.name === 'bot-replies-printed.pdf')!.evidenceId!;
    report = await generateReport(wb, caseId, { outDir: path.join(root, 'report'), template: 'regulator', lang: 'en', now: NOW, printer: new ChromiumPdfPrinter() });
  }, 240_000);
  afterAll(async () => {
    wb?.lock();
    await shutdownOcr();
    cleanup?.();
  });

  it('lists how many page images a PDF has: two for the scan, none for the printed PDF, which has no image view', async () => {
    const h = wb.handlers();
    const list = await h['evidence.list']({ caseId });
    expect(list.find((e) => e.id === scanId)!.pageImages).toBe(2);
    expect(list.find((e) => e.id === printedId)!.pageImages).toBe(0);
    await expect(h['evidence.image']({ caseId, evidenceId: printedId })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('evidence.image draws page 1 by default and page 2 when asked: only the redacted PNG and masked values, each view logged with its page', async () => {
    const h = wb.handlers();
    const first = await h['evidence.image']({ caseId, evidenceId: scanId });
    const second = await h['evidence.image']({ caseId, evidenceId: scanId, page: 2 });
    expect(first.pdf).toEqual({ page: 1, image: 0, pages: 2, pageImages: [{ page: 1, image: 0 }, { page: 2, image: 0 }] });
    expect(second.pdf).toMatchObject({ page: 2, image: 0, pages: 2 });
    for (const [img, people] of [[first, PEOPLE.slice(0, 2)], [second, PEOPLE.slice(2)]] as const) {
      expect([img.width, img.height]).toEqual([SHOT.width, SHOT.height]);
      expect(img.confidence).toBeGreaterThan(50);
      const json = JSON.stringify(img);
      for (const v of RAW) expect(json.includes(v), 'a raw value in the evidence.image reply').toBe(false);
      expect(img.sha256).toBe(sha256(Buffer.from(img.png, 'base64')));
      // Each page's Aadhaar numbers, masked; every finding's box is black in the PNG.
      expect(img.findings.filter((f) => f.type === 'IN_AADHAAR').map((f) => f.masked).sort()).toEqual(people.map((p) => `XXXX XXXX ${p.aadhaar.slice(-4)}`).sort());
      const decoded = PNG.sync.read(Buffer.from(img.png, 'base64'));
      for (const f of img.findings) {
        const i = (Math.round((f.box.y0 + f.box.y1) / 2) * decoded.width + Math.round((f.box.x0 + f.box.x1) / 2)) * 4;
        expect([decoded.data[i], decoded.data[i + 1], decoded.data[i + 2]]).toEqual([0, 0, 0]);
      }
    }
    expect(first.sha256).not.toBe(second.sha256);
    const log = (await h['custody.log']({ caseId })).entries;
    expect(log.some((e) => e.action === 'evidence.viewed' && e.summary === `Viewed the redacted image of ${scanId} page 2 (SHA-256 ${second.sha256.slice(0, 12)}…)`)).toBe(true);
    await expect(h['evidence.image']({ caseId, evidenceId: scanId, page: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h['evidence.image']({ caseId, evidenceId: scanId, page: 2, image: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("evidence.revealFinding reveals one identifier of the page asked for, for a reason, and logs it with the page but without the value", async () => {
    const h = wb.handlers();
    const person = PEOPLE[2]!;
    const img = await h['evidence.image']({ caseId, evidenceId: scanId, page: 2 });
    const f = img.findings.find((x) => x.masked === `XXXX XXXX ${person.aadhaar.slice(-4)}`)!;
    const r = await h['evidence.revealFinding']({ caseId, evidenceId: scanId, page: 2, finding: f.index, reason: 'compare with the complaint' });
    expect(r.type).toBe('IN_AADHAAR');
    expect(digitsOnly(r.value) === digitsOnly(person.aadhaar), 'the revealed value is page 2’s Aadhaar').toBe(true);
    const entry = (await h['custody.log']({ caseId })).entries.filter((e) => e.action === 'value.revealed').at(-1)!;
    expect(entry.summary).toContain(`Revealed ${scanId} page 2 image identifier no. ${f.index + 1} (IN_AADHAAR`);
    expect(entry.summary.includes(person.aadhaar) || entry.summary.includes(digitsOnly(person.aadhaar))).toBe(false);
    await expect(h['evidence.revealFinding']({ caseId, evidenceId: scanId, page: 5, finding: 0, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('carries each page image redacted in the model and the signed bundle, which verifies (also with sakshya verify-report); the originals are in neither', async () => {
    const pages = report.model.images.filter((i) => i.evidenceId === scanId);
    expect(pages.map((i) => [i.page, i.image, i.file])).toEqual([
      [1, 0, `redacted-${scanId}-page1.png`],
      [2, 0, `redacted-${scanId}-page2.png`],
    ]);
    expect(report.model.images.some((i) => i.evidenceId === printedId)).toBe(false);
    expect(report.model.pageImagesLeftOut).toEqual({ limit: 50, items: [] });
    for (const m of pages) {
      expect(m.sha256).toBe(sha256(scanned));
      expect(m.confidence).toBeGreaterThan(50);
      expect(m.covered).toBeGreaterThan(0);
      const png = fs.readFileSync(path.join(report.dir, m.file));
      expect(sha256(png)).toBe(m.pngSha256);
      expect(report.manifest.files.find((f) => f.name === m.file)).toMatchObject({ sha256: m.pngSha256, bytes: png.length });
      expect(png.includes(Buffer.from('tEXt'))).toBe(false);
    }
    expect(await verifyReportBundle(report.dir)).toMatchObject({ ok: true });
    const cli = await sakshya(['verify-report', report.dir]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(plainTextHits([report.dir], RAW)).toEqual([]);
    expect(fs.readdirSync(report.dir).some((f) => sha256(fs.readFileSync(path.join(report.dir, f))) === sha256(scanned))).toBe(false);

    // A page image swapped for another is caught, naming the file.
    const altered = path.join(root, 'altered');
    fs.cpSync(report.dir, altered, { recursive: true });
    fs.copyFileSync(path.join(report.dir, pages[0]!.file), path.join(altered, pages[1]!.file));
    expect(await verifyReportBundle(altered)).toMatchObject({ ok: false, file: pages[1]!.file });
  });

  it.skipIf(!HAVE_POPPLER)('prints every page image redacted with its caption; the PDF text and the images in it, read again by OCR, hold no identifier', async () => {
    const pdf = path.join(report.dir, 'report.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Redacted copy of ${NAME}, page 1`);
    expect(text).toContain(`Redacted copy of ${NAME}, page 2`);
    expect(text).toContain('SHA-256 of the original PDF');
    expect(text.replace(/\s+/g, '')).toContain(sha256(scanned));
    expect(text).toMatch(/OCR confidence \d+%/);
    const digits = digitsOnly(text);
    for (const v of RAW) expect(text.includes(v), 'a raw value in the report text').toBe(false);
    for (const p of PEOPLE) expect(digits.includes(digitsOnly(p.aadhaar)), 'an Aadhaar number in the report text').toBe(false);

    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    fs.copyFileSync(pdf, path.join(OUT, 'report.pdf')); // kept for a look: pdftoppm -png test-output/pdf-page-report/report.pdf
    execFileSync('pdfimages', ['-png', pdf, path.join(OUT, 'img')]);
    const extracted = fs
      .readdirSync(OUT)
      .filter((f) => f.startsWith('img'))
      .map((f) => fs.readFileSync(path.join(OUT, f)))
      .filter((b) => {
        const p = PNG.sync.read(b);
        return p.width === SHOT.width && p.height === SHOT.height;
      });
    expect(extracted).toHaveLength(2);
    const bundled = report.model.images.filter((i) => i.evidenceId === scanId).map((i) => pixels(fs.readFileSync(path.join(report.dir, i.file))));
    for (const [i, b] of extracted.entries()) expect(pixels(b).equals(bundled[i]!), `embedded image ${i + 1} is the bundle's redacted page`).toBe(true);

    const engine = new OcrEngine();
    try {
      for (const b of extracted) {
        const again = await engine.recognise(b);
        expect(again.text).toContain('Aadhaar:');
        const left = digitsOnly(again.text);
        for (const p of PEOPLE) {
          expect(left.includes(digitsOnly(p.aadhaar).slice(0, 8)), 'Aadhaar left on an embedded page').toBe(false);
          expect(left.includes(p.phone.slice(0, 6)), 'mobile left on an embedded page').toBe(false);
          expect(again.text.includes(p.passport), 'passport left on an embedded page').toBe(false);
          expect(again.text.includes(p.name), 'name left on an embedded page').toBe(false);
        }
      }
    } finally {
      await engine.terminate();
    }
  }, 120_000);

  it('embeds no more page images than its limit and says, in the PDF, how many it left out and from which page', async () => {
    const capped = await generateReport(wb, caseId, { outDir: path.join(root, 'capped'), template: 'regulator', lang: 'en', now: NOW, printer: new ChromiumPdfPrinter(), maxPageImages: 1, record: false });
    expect(capped.model.images.filter((i) => i.evidenceId === scanId).map((i) => i.page)).toEqual([1]);
    expect(capped.model.pageImagesLeftOut).toEqual({ limit: 1, items: [{ evidenceId: scanId, overLimit: 1, unreadable: 0, fromPage: 2 }] });
    expect(fs.existsSync(path.join(capped.dir, `redacted-${scanId}-page2.png`))).toBe(false);
    expect(await verifyReportBundle(capped.dir)).toMatchObject({ ok: true });
    if (HAVE_POPPLER) {
      const text = execFileSync('pdftotext', [path.join(capped.dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Scanned page images of this PDF not embedded: 1, from page 2 on.');
      expect(text).toContain('Scanned page images not embedded in this report: 1 (at most 1 per report)');
    }
  }, 120_000);
});
