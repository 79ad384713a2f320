// End to end: a synthetic leak in a real vault, printed by the system Chromium, checked with poppler.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  ChromiumPdfPrinter,
  chromiumAvailable,
  collectReport,
  exportEvidence,
  generateReport,
  verifyReportBundle,
  type GeneratedReport,
} from '../../../electron/node/report';
import { listEvidence } from '../../../electron/node/store/evidence';
import { allFiles, plainTextHits, tempDir, ROOT } from '../../support/cli';
import { FIXED_NOW, HOSTILE, fixtureCase, rawIdentifiers, type FixtureCase } from './fixture';

const HAVE_CHROMIUM = chromiumAvailable();
const HAVE_POPPLER = fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/pdftoppm');
if (!HAVE_CHROMIUM) console.warn('report tests skipped: /usr/bin/chromium is absent (apt-get install -y chromium)');
if (!HAVE_POPPLER) console.warn('report PDF checks skipped: poppler-utils is absent (apt-get install -y poppler-utils)');

const PAGES_DIR = path.join(ROOT, 'test-output', 'report-pages');

const pdfText = (pdf: string): string => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

function renderPages(pdf: string, prefix: string): string[] {
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  for (const f of fs.readdirSync(PAGES_DIR)) if (f.startsWith(`${prefix}-`)) fs.rmSync(path.join(PAGES_DIR, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(PAGES_DIR, prefix)]);
  return fs.readdirSync(PAGES_DIR).filter((f) => f.startsWith(`${prefix}-`));
}

describe.skipIf(!HAVE_CHROMIUM)('generateReport (Chromium)', () => {
  let root: string;
  let cleanup: () => void;
  let fx: FixtureCase;
  let printer: ChromiumPdfPrinter;
  let en: GeneratedReport;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-report-'));
    fx = await fixtureCase(root);
    printer = new ChromiumPdfPrinter();
    en = await generateReport(fx.wb, fx.caseId, {
      outDir: path.join(root, 'out-en'),
      template: 'regulator',
      lang: 'en',
      now: FIXED_NOW,
      printer,
      record: false,
      statement: `Samples match the complaint. ${HOSTILE.script}`,
      incident: { place: 'New Delhi', device: 'USB drive handed over by the complainant' },
    });
  });
  afterAll(async () => {
    await printer?.close();
    fx?.wb.lock();
    cleanup?.();
  });

  it('writes the PDF and a bundle that verifies without the vault', async () => {
    expect(fs.readdirSync(en.dir).sort()).toEqual(['custody.jsonl', 'examiner.pub', 'manifest.json', 'manifest.sig', 'report.json', 'report.pdf']);
    expect(fs.readFileSync(path.join(en.dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const r = await verifyReportBundle(en.dir);
    expect(r).toMatchObject({ ok: true, caseId: fx.caseId, generatedAt: FIXED_NOW.toISOString() });
    const lines = fs.readFileSync(path.join(en.dir, 'custody.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(en.model.custody.entries.length);
    expect(JSON.parse(lines[0]!)).toMatchObject({ seq: 0, action: 'case.created' });
  });

  it.skipIf(!HAVE_POPPLER)('prints every SHA-256, the Merkle root, the key fingerprint and "Page 1 of N"', () => {
    const text = pdfText(path.join(en.dir, 'report.pdf'));
    const squashed = text.replace(/\s+/g, '');
    for (const e of en.model.evidence) expect(text).toContain(e.sha256);
    expect(en.model.custody.merkleRoot).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(en.model.custody.merkleRoot!);
    expect(squashed).toContain(en.model.examiner.keyFingerprint);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(en.dir, 'report.pdf')], { encoding: 'utf8' }))![1]);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('27 Nov 2026, 14:10 IST (UTC+05:30)');
    expect(renderPages(path.join(en.dir, 'report.pdf'), 'regulator-en').length).toBe(pages);
  });

  it.skipIf(!HAVE_POPPLER)('shows hostile cells as inert text', () => {
    const text = pdfText(path.join(en.dir, 'report.pdf'));
    expect(text).toContain(HOSTILE.script);
    const html = fs.readFileSync(path.join(en.dir, 'report.json'), 'utf8');
    expect(JSON.parse(html).case.title).toContain(HOSTILE.script);
  });

  it('prints the same bytes twice for the same case and time', async () => {
    const again = await generateReport(fx.wb, fx.caseId, {
      outDir: path.join(root, 'out-en-again'),
      template: 'regulator',
      lang: 'en',
      now: FIXED_NOW,
      printer,
      record: false,
      statement: `Samples match the complaint. ${HOSTILE.script}`,
      incident: { place: 'New Delhi', device: 'USB drive handed over by the complainant' },
    });
    for (const f of fs.readdirSync(en.dir)) {
      expect(fs.readFileSync(path.join(again.dir, f)).equals(fs.readFileSync(path.join(en.dir, f))), f).toBe(true);
    }
  });

  it('names the file when any byte of any bundle file changes', async () => {
    for (const name of fs.readdirSync(en.dir)) {
      const size = fs.statSync(path.join(en.dir, name)).size;
      for (const at of [0, Math.floor(size / 2), size - 1]) {
        const copy = path.join(root, `tamper-${name}-${at}`);
        fs.cpSync(en.dir, copy, { recursive: true });
        const p = path.join(copy, name);
        const b = fs.readFileSync(p);
        b[at] = b[at]! ^ 0x01;
        fs.writeFileSync(p, b);
        const r = await verifyReportBundle(copy);
        expect(r.ok, `${name}@${at}`).toBe(false);
        if (!r.ok) expect(r.file, `${name}@${at}: ${r.problem}`).toBe(name);
        fs.rmSync(copy, { recursive: true });
      }
    }
  });

  it('names a missing or an extra file', async () => {
    const copy = path.join(root, 'tamper-files');
    fs.cpSync(en.dir, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'notes.txt'), 'added later');
    expect(await verifyReportBundle(copy)).toMatchObject({ ok: false, file: 'notes.txt' });
    fs.rmSync(path.join(copy, 'notes.txt'));
    fs.rmSync(path.join(copy, 'custody.jsonl'));
    expect(await verifyReportBundle(copy)).toMatchObject({ ok: false, file: 'custody.jsonl' });
  });

  it.skipIf(!HAVE_POPPLER)('prints a Hindi report in Hindi, with Hindi page numbers', async () => {
    const hi = await generateReport(fx.wb, fx.caseId, { outDir: path.join(root, 'out-hi'), template: 'parliament', lang: 'hi', now: FIXED_NOW, printer, record: false });
    const text = pdfText(path.join(hi.dir, 'report.pdf'));
    expect(text).toContain('सरल शब्दों में');
    expect(text).toMatch(/पृष्ठ 1 \/ \d+/);
    for (const e of hi.model.evidence) expect(text).toContain(e.sha256);
    expect((await verifyReportBundle(hi.dir)).ok).toBe(true);
    expect(renderPages(path.join(hi.dir, 'report.pdf'), 'parliament-hi').length).toBeGreaterThan(0);
  });

  it.skipIf(!HAVE_POPPLER)('opens the CERT-In template with the incident fields', async () => {
    const c = await generateReport(fx.wb, fx.caseId, { outDir: path.join(root, 'out-certin'), template: 'cert-in', lang: 'en', now: FIXED_NOW, printer, record: false });
    const text = pdfText(path.join(c.dir, 'report.pdf'));
    expect(text.indexOf('Incident at a glance')).toBeGreaterThan(0);
    expect(text.indexOf('Incident at a glance')).toBeLessThan(text.indexOf('Executive summary'));
    renderPages(path.join(c.dir, 'report.pdf'), 'cert-in-en');
  });

  it.skipIf(!HAVE_POPPLER)('leaks no raw identifier into the PDF, the bundle or the exports', () => {
    const ids = rawIdentifiers();
    // The scan is not vacuous: every identifier is in the samples themselves.
    expect(new Set(plainTextHits([path.join(root, 'in')], ids).map((h) => h.needle))).toEqual(new Set(ids));
    const outs = fs.readdirSync(root).filter((d) => d.startsWith('out-')).map((d) => path.join(root, d));
    const exportsDir = path.join(root, 'exports');
    fs.mkdirSync(exportsDir, { recursive: true });
    for (const e of listEvidence(fx.wb.vault.db, fx.caseId)) {
      for (const format of ['csv', 'json'] as const) {
        exportEvidence(fx.wb, fx.caseId, e.id, { format, out: path.join(exportsDir, `${e.id}.${format}`), record: false });
      }
    }
    expect(plainTextHits([...outs, exportsDir], ids)).toEqual([]);
    const texts = outs.flatMap((d) => allFiles(d)).filter((f) => f.endsWith('.pdf')).map(pdfText);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const t of texts) for (const id of ids) expect(t.includes(id), id).toBe(false);
  });

  it('records the report in the custody log, so the next report covers it', async () => {
    const before = collectReport(fx.wb, fx.caseId, { template: 'regulator', lang: 'en', now: FIXED_NOW }).custody.length;
    const r = await generateReport(fx.wb, fx.caseId, { outDir: path.join(root, 'out-recorded'), template: 'regulator', lang: 'en', now: FIXED_NOW, printer });
    const after = collectReport(fx.wb, fx.caseId, { template: 'regulator', lang: 'en', now: FIXED_NOW }).custody;
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ action: 'report.generated', details: { sha256: r.pdfSha256, manifestSha256: r.manifestSha256 } });
  });
});
