// Issue #13 item 8: the authenticity section in words. A real analysis of generated samples goes into
// English and Hindi reports; the Hindi one carries no English reason and no report carries the analysis's
// internal field names. Checked in the rendered HTML, and in the printed PDF where Chromium is present.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Workbench } from '../../../electron/node/core/workbench';
import { ChromiumPdfPrinter, chromiumAvailable, collectReport, generateReport } from '../../../electron/node/report';
import { authenticityFindings } from '../../../electron/node/report/collect';
import { latestAnalysis } from '../../../electron/node/store/analysis';
import { renderReportHtml, type ReportFonts, type ReportLang } from '../../../shared/report';
import type { AnalysisResult } from '../../../shared/analysis';
import { fileName, people, recycledFrom, writeLeak, type LeakFormat, type Person } from '../../fixtures/analysis/leak-samples';
import { tempDir } from '../../support/cli';

const HAVE_PDF = chromiumAvailable() && fs.existsSync('/usr/bin/pdftotext');
const FONTS: ReportFonts = { latinRegular: 'AAAA', latinBold: 'AAAA', devanagariRegular: 'AAAA', devanagariBold: 'AAAA' };
const INTERNAL = ['aTokens', 'bTokens', 'aCompared', 'bCompared', 'jaccard', 'containmentOf', 'aContainsB', 'bContainsA', 'byType', 'sameSchema', 'bCaseId'];
const FIXED = new Date('2026-11-27T08:40:00.000Z');

const source = people(1200, 0, 801);
const SAMPLES: [string, LeakFormat, Person[]][] = [
  ['cowin_sample', 'csv', source],
  ['bot_export', 'json', recycledFrom(source, 0.4, 802)],
  ['seller_teaser', 'mysql', people(600, 1, 803)],
  ['tiny', 'csv', people(12, 0, 804)],
];

let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
let analysis: AnalysisResult;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-analysis-words-'));
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, now: () => FIXED });
  await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'National Forensic Laboratory' });
  caseId = (await wb.handlers()['case.create']({ title: 'Bot leak' })).id;
  for (const [name, format, ps] of SAMPLES) {
    const file = path.join(root, fileName(name, format));
    writeLeak(file, format, ps);
    await wb.importFiles(caseId, [file]);
  }
  analysis = await wb.runAnalysis(caseId);
}, 300_000);
afterAll(() => {
  wb?.lock();
  cleanup?.();
});

/** The visible text of the rendered report (tags and styles dropped, entities decoded enough for words). */
function reportText(lang: ReportLang): string {
  const stored = latestAnalysis(wb.vault.db, caseId)!;
  const { model } = collectReport(wb, caseId, { template: 'regulator', lang, now: FIXED, authenticity: authenticityFindings(stored) });
  const html = renderReportHtml(model, FONTS);
  return html
    .slice(html.indexOf('</head>'))
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Runs of three or more English words, once evidence names and the Latin technical names Hindi keeps are taken out. */
function englishPhrases(text: string): string[] {
  let t = text;
  for (const e of analysis.evidence) t = t.split(e.name).join(' ');
  return t.match(/\b[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}\b/g) ?? [];
}

function authenticitySection(text: string, heading: string, next: string): string {
  const at = text.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at, text.indexOf(next, at + heading.length));
}

describe('the authenticity section in words', () => {
  it('states overlaps as sentences in Indian grouping, without internal field names', () => {
    const text = reportText('en');
    const recycled = analysis.evidence.find((e) => e.name === 'bot_export.json')!;
    const n = recycled.containedIn[0]!.shared.toLocaleString('en-IN');
    // Every identifier of the copy is in its source.
    expect(text).toContain(`bot_export.json: ${n} of its ${n} identifiers (100.0%) also appear in cowin_sample.csv.`);
    for (const f of INTERNAL) expect(text).not.toContain(f);
  });

  it('gives the headline in records, items and distinct people, counting people in the recycled copy once', () => {
    const distinct = new Set([...source, ...SAMPLES[2]![2], ...SAMPLES[3]![2]].map((p) => p.aadhaar)).size;
    const records = SAMPLES.reduce((a, s) => a + s[2].length, 0);
    expect(reportText('en')).toContain(`${records.toLocaleString('en-IN')} records across 4 items, about ${distinct.toLocaleString('en-IN')} distinct people`);
  });

  it('prints a Hindi report with Hindi verdicts and reasons and no English reason', () => {
    const text = reportText('hi');
    const section = authenticitySection(text, 'प्रामाणिकता संबंधी निष्कर्ष', 'परीक्षक');
    for (const v of ['असली', 'गढ़ा हुआ', 'पुराने लीक से दोहराया गया', 'निर्णय के लिए अपर्याप्त']) expect(section).toContain(v);
    for (const e of analysis.evidence) for (const r of e.reasons) expect(text).not.toContain(r);
    expect(section).not.toMatch(/\binsufficient\b|\bgenuine\b|\bfabricated\b|\brecycled\b/i);
    expect(englishPhrases(section)).toEqual([]);
    for (const f of INTERNAL) expect(text).not.toContain(f);
  });
});

describe.skipIf(!HAVE_PDF)('the printed Hindi PDF', () => {
  it('has no English verdict reason and no internal field name', async () => {
    const printer = new ChromiumPdfPrinter();
    try {
      const r = await generateReport(wb, caseId, {
        outDir: path.join(root, 'out-hi'),
        template: 'regulator',
        lang: 'hi',
        now: FIXED,
        printer,
        record: false,
        authenticity: authenticityFindings(latestAnalysis(wb.vault.db, caseId)!),
      });
      const text = execFileSync('pdftotext', [path.join(r.dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const e of analysis.evidence) for (const reason of e.reasons) expect(text).not.toContain(reason.slice(0, 40));
      expect(text).not.toMatch(/valid for|also appear in|records across|Consistent with genuine|cannot tell/);
      for (const f of INTERNAL) expect(text).not.toContain(f);
      // The bundle's report.json carries the overlaps without the analysis's internal fields too.
      const json = fs.readFileSync(path.join(r.dir, 'report.json'), 'utf8');
      for (const f of ['jaccard', 'aContainsB', 'sameSchema', 'byType']) expect(json).not.toContain(f);
    } finally {
      await printer.close();
    }
  }, 120_000);
});
