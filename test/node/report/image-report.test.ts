// Screenshots in reports and in the core's image view: a synthetic bot-reply screenshot read by OCR, shown
// through evidence.image (only a redacted copy and masked values), revealed one identifier at a time, and
// printed into the PDF as its redacted copy with a caption, and carried in the signed bundle as a listed
// file. The PDF's text, the image embedded in it (extracted with pdfimages and read again by the project's
// OCR) and every bundle file hold no raw identifier, and the original image is in neither.
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
// The committed screenshot's values (see SCREENSHOT_PEOPLE), not freshly computed ones.
import { SCREENSHOT_PEOPLE as PEOPLE } from '../../fixtures/ocr/bot-replies';
import { allFiles, plainTextHits, tempDir, ROOT } from '../../support/cli';

const HAVE_CHROMIUM = chromiumAvailable();
const HAVE_POPPLER = ['pdftotext', 'pdfimages'].every((b) => fs.existsSync(`/usr/bin/${b}`));
if (!HAVE_POPPLER) console.warn('image report PDF checks skipped: poppler-utils is absent (apt-get install -y poppler-utils)');

const FIXTURE = path.join(ROOT, 'test/fixtures/ocr/bot-replies-1280x720.png');
const NAME = 'bot-reply.png';
const NOW = new Date('2026-11-27T08:40:00.000Z');
const OUT = path.join(ROOT, 'test-output', 'image-report');

/** Raw values on the screenshot, in the spellings a leak would carry them. */
const RAW = PEOPLE.flatMap((p) => [p.aadhaar, p.aadhaar.replace(/ /g, ''), p.phone, p.passport, p.dob, p.name]);

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe.skipIf(!HAVE_CHROMIUM)('screenshots: image view and report', () => {
  let root: string;
  let cleanup: () => void;
  let wb: Workbench;
  let caseId: string;
  let imageId: string;
  let csvId: string;
  let report: GeneratedReport;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-image-report-'));
    const clock = { t: NOW.getTime() - 3600_000 };
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, now: () => new Date((clock.t += 1000)) });
    await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory' });
    caseId = (await wb.handlers()['case.create']({ title: 'CoWIN bot screenshots', ref: 'DPB/2026/0043' })).id;
    fs.mkdirSync(path.join(root, 'in'));
    const png = path.join(root, 'in', NAME);
    fs.copyFileSync(FIXTURE, png);
    const csv = path.join(root, 'in', 'notes.csv');
    fs.writeFileSync(csv, 'item,remark\n1,screenshot forwarded by the complainant\n');
    const res = await wb.importFiles(caseId, [png, csv], { reason: 'screenshot from the complainant' });
    imageId = res.find((i) => i.name === NAME)!.evidenceId!;
    csvId = res.find((i) => i.name === 'notes.csv')!.evidenceId!;
    report = await generateReport(wb, caseId, { outDir: path.join(root, 'report'), template: 'regulator', lang: 'en', now: NOW, printer: new ChromiumPdfPrinter() });
  }, 180_000);
  afterAll(async () => {
    wb?.lock();
    await shutdownOcr();
    cleanup?.();
  });

  it('evidence.image gives only the redacted PNG, redacted lines and masked findings, and logs the view', async () => {
    const h = wb.handlers();
    const img = await h['evidence.image']({ caseId, evidenceId: imageId });
    expect([img.width, img.height]).toEqual([1280, 720]);
    expect(img.confidence).toBeGreaterThan(50);
    const json = JSON.stringify(img);
    for (const v of RAW) expect(json, v).not.toContain(v);
    const original = fs.readFileSync(FIXTURE);
    expect(Buffer.from(img.png, 'base64').equals(original)).toBe(false);
    expect(img.sha256).toBe(sha256(Buffer.from(img.png, 'base64')));
    expect(img.lines.join('\n')).toContain('Name:');
    // Every Aadhaar number is listed, masked the UIDAI way; its box is black in the PNG.
    const aadhaar = img.findings.filter((f) => f.type === 'IN_AADHAAR');
    expect(aadhaar.map((f) => f.masked).sort()).toEqual(PEOPLE.map((p) => `XXXX XXXX ${p.aadhaar.slice(-4)}`).sort());
    const decoded = PNG.sync.read(Buffer.from(img.png, 'base64'));
    for (const f of img.findings) {
      const i = (Math.round((f.box.y0 + f.box.y1) / 2) * decoded.width + Math.round((f.box.x0 + f.box.x1) / 2)) * 4;
      expect([decoded.data[i], decoded.data[i + 1], decoded.data[i + 2]]).toEqual([0, 0, 0]);
    }
    const log = await h['custody.log']({ caseId });
    expect(log.entries.some((e) => e.action === 'evidence.viewed' && e.summary.includes(`redacted image of ${imageId}`) && e.summary.includes(img.sha256.slice(0, 12)))).toBe(true);
  });

  it('evidence.revealFinding returns one raw value for a reason and logs it without the value', async () => {
    const h = wb.handlers();
    const img = await h['evidence.image']({ caseId, evidenceId: imageId });
    const f = img.findings.find((x) => x.masked === `XXXX XXXX ${PEOPLE[1]!.aadhaar.slice(-4)}`)!;
    const r = await h['evidence.revealFinding']({ caseId, evidenceId: imageId, finding: f.index, reason: 'compare with the complaint' });
    expect(r).toMatchObject({ value: PEOPLE[1]!.aadhaar, type: 'IN_AADHAAR', finding: f.index });
    const entry = (await h['custody.log']({ caseId })).entries.find((e) => e.action === 'value.revealed')!;
    expect(entry.summary).toContain(`identifier no. ${f.index + 1} (IN_AADHAAR`);
    expect(entry.summary).toContain('compare with the complaint');
    expect(entry.summary).not.toContain(PEOPLE[1]!.aadhaar);
    await expect(h['evidence.revealFinding']({ caseId, evidenceId: imageId, finding: 999, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h['evidence.image']({ caseId, evidenceId: csvId })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('puts the redacted copy in the model and the signed bundle, which verifies; the original is in neither', async () => {
    expect(report.model.images).toHaveLength(1);
    const m = report.model.images[0]!;
    expect(m).toMatchObject({ evidenceId: imageId, name: NAME, width: 1280, height: 720, file: `redacted-${imageId}.png` });
    expect(m.sha256).toBe(sha256(fs.readFileSync(FIXTURE)));
    expect(m.covered).toBeGreaterThanOrEqual(PEOPLE.length * 5);
    const png = fs.readFileSync(path.join(report.dir, m.file));
    expect(sha256(png)).toBe(m.pngSha256);
    expect(report.manifest.files.find((f) => f.name === m.file)).toMatchObject({ sha256: m.pngSha256, bytes: png.length });
    expect(await verifyReportBundle(report.dir)).toMatchObject({ ok: true });
    const originalSha = m.sha256;
    for (const f of allFiles(report.dir)) expect(sha256(fs.readFileSync(f)), f).not.toBe(originalSha);
    expect(plainTextHits([report.dir], RAW)).toEqual([]);
  });

  it('refuses a bundle whose redacted image was removed, replaced, or joined by an unlisted one', async () => {
    const file = report.model.images[0]!.file;
    const copy = (name: string): string => {
      const d = path.join(root, name);
      fs.cpSync(report.dir, d, { recursive: true });
      return d;
    };
    const missing = copy('missing');
    fs.rmSync(path.join(missing, file));
    expect(await verifyReportBundle(missing)).toMatchObject({ ok: false, file, problem: 'is missing from the bundle' });
    const altered = copy('altered');
    fs.copyFileSync(FIXTURE, path.join(altered, file));
    expect(await verifyReportBundle(altered)).toMatchObject({ ok: false, file });
    const extra = copy('extra');
    fs.copyFileSync(FIXTURE, path.join(extra, 'redacted-someother.png'));
    expect(await verifyReportBundle(extra)).toMatchObject({ ok: false, file: 'redacted-someother.png', problem: 'is not part of the signed bundle (extra file)' });
  });

  it.skipIf(!HAVE_POPPLER)('prints the redacted copy with its caption; the PDF text and the image in it hold no raw identifier', async () => {
    const pdf = path.join(report.dir, 'report.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Redacted copy of ${NAME}`);
    expect(text).toMatch(/OCR confidence \d+%/);
    expect(text.replace(/\s+/g, '')).toContain(report.model.images[0]!.sha256);
    const digits = digitsOnly(text);
    for (const v of RAW) expect(text, v).not.toContain(v);
    for (const p of PEOPLE) expect(digits).not.toContain(digitsOnly(p.aadhaar));

    // The picture in the PDF: exactly one 1280×720 image, the redacted copy's pixels, not the original's.
    const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    const sizes = list.split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'));
    expect(sizes.filter((s) => s === '1280x720')).toHaveLength(1);
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    fs.copyFileSync(pdf, path.join(OUT, 'report.pdf')); // kept for a look: pdftoppm -png test-output/image-report/report.pdf
    execFileSync('pdfimages', ['-png', pdf, path.join(OUT, 'img')]);
    const extracted = fs.readdirSync(OUT).filter((f) => f.startsWith('img')).map((f) => path.join(OUT, f)).find((f) => {
      const p = PNG.sync.read(fs.readFileSync(f));
      return p.width === 1280 && p.height === 720;
    })!;
    const pixels = (b: Buffer): Buffer => PNG.sync.read(b).data;
    const inPdf = pixels(fs.readFileSync(extracted));
    expect(inPdf.equals(pixels(fs.readFileSync(path.join(report.dir, report.model.images[0]!.file))))).toBe(true);
    expect(inPdf.equals(pixels(fs.readFileSync(FIXTURE)))).toBe(false);

    // Read it again: labels are there, identifiers are not.
    const engine = new OcrEngine();
    try {
      const again = await engine.recognise(fs.readFileSync(extracted));
      expect(again.text).toContain('Aadhaar:');
      const left = digitsOnly(again.text);
      for (const p of PEOPLE) {
        expect(left).not.toContain(digitsOnly(p.aadhaar).slice(0, 8));
        expect(left).not.toContain(p.phone.slice(0, 6));
        expect(again.text).not.toContain(p.passport);
        expect(again.text).not.toContain(p.name);
      }
    } finally {
      await engine.terminate();
    }
  });
});
