// Fail-closed redaction, end to end (issue #13 item 2): samples holding identifiers that pass and that
// fail their checks, in every context, are imported into a vault through the core; then every page of
// every table (the grid payloads the renderer receives), every search result, both redacted exports,
// the analysis view and the report model are read, and no identifier of the samples may appear raw in
// any spelling. Whether a value is masked must never depend on its check digit.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../electron/node/core/workbench';
import { execFileSync } from 'node:child_process';
import { exportEvidence, collectReport, generateReport, chromiumAvailable } from '../../electron/node/report';
import { tempDir } from '../support/cli';
import {
  people, rawSpellings, refVerhoeffValid, sweepCsv, sweepJson, sweepMysql, sweepSqlite, sweepTelegram, failingAadhaarCsv, type Person,
} from '../fixtures/pii/fail-closed-samples';
import { Rng } from '../fixtures/pii/prng';

const HAVE_PDF = chromiumAvailable() && fs.existsSync('/usr/bin/pdftotext');
let root: string;
let cleanup: () => void;
let wb: Workbench;
let caseId: string;
const ps: Person[] = people(20261207, 24);
const failing = failingAadhaarCsv(new Rng(77), 30);
/** Everything the core handed out, one string per payload. */
const seen: { where: string; text: string }[] = [];

// Digits joined by spaces or hyphens are compared joined, so "2008 6357 5988" and "2008-6357-5988" are
// caught however a payload spaced them.
const joinDigits = (s: string): string => s.replace(/(\d)[ \u00a0-]+(?=\d)/g, '$1');

function leaks(secrets: readonly string[]): string[] {
  const out: string[] = [];
  for (const { where, text } of seen) {
    const joined = joinDigits(text);
    for (const s of secrets) {
      if (text.includes(s) || (/^[\d -]+$/.test(s) && joined.includes(joinDigits(s)))) out.push(`${where}: ${s}`);
    }
  }
  return out;
}

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  const inDir = path.join(root, 'in');
  fs.mkdirSync(inDir);
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  const h = wb.handlers();
  caseId = (await h['case.create']({ title: 'Fail-closed sweep' })).id;
  const files = (
    [
      ['people.csv', sweepCsv(ps)],
      ['people.json', sweepJson(ps)],
      ['dump.sql', sweepMysql(ps)],
      ['result.json', sweepTelegram(ps)],
      ['failing.csv', failing.csv],
      ['people.sqlite', await sweepSqlite(ps)],
    ] as const
  ).map(([name, text]) => {
    const p = path.join(inDir, name);
    fs.writeFileSync(p, text);
    return p;
  });
  const results = await wb.importFiles(caseId, files, { reason: 'fail-closed sweep' });
  expect(results.map((r) => r.status)).toEqual(['parsed', 'parsed', 'parsed', 'parsed', 'parsed', 'parsed']);

  for (const e of await h['evidence.list']({ caseId })) {
    for (const t of e.tables) {
      for (let offset = 0; offset < t.records; offset += 7) {
        const page = await h['evidence.rows']({ caseId, evidenceId: e.id, table: t.name, offset, limit: 7 });
        seen.push({ where: `rows ${e.name}/${t.name}@${offset}`, text: JSON.stringify(page) });
      }
      // A search for each identifier finds its row (searches read raw values) and returns it redacted.
      for (const p of ps.slice(0, 6)) {
        for (const q of [p.aadhaar, p.mobile, p.pan, p.bare, p.noted]) {
          const r = await h['evidence.search']({ caseId, evidenceId: e.id, table: t.name, query: q, limit: 50 });
          seen.push({ where: `search ${e.name}/${t.name}`, text: JSON.stringify(r.rows) });
        }
      }
      for (const v of failing.values.slice(0, 3)) {
        const r = await h['evidence.search']({ caseId, evidenceId: e.id, table: t.name, query: v, limit: 50 });
        seen.push({ where: `search ${e.name}/${t.name}`, text: JSON.stringify(r.rows) });
      }
    }
    for (const format of ['csv', 'json'] as const) {
      const out = path.join(root, `${e.id}.${format}`);
      exportEvidence(wb, caseId, e.id, { format, out, record: false });
      seen.push({ where: `export ${e.name}.${format}`, text: fs.readFileSync(out, 'utf8') });
    }
  }
  seen.push({ where: 'analysis', text: JSON.stringify(await h['analysis.run']({ caseId })) });
  seen.push({ where: 'report model', text: JSON.stringify(collectReport(wb, caseId, { template: 'regulator', lang: 'en' }).model) });
  // The printed report's text, where Chromium and poppler are installed (the model above is what it prints).
  if (HAVE_PDF) {
    const rep = await generateReport(wb, caseId, { outDir: path.join(root, 'report'), template: 'regulator', lang: 'en', record: false });
    seen.push({ where: 'report PDF', text: execFileSync('pdftotext', ['-layout', path.join(rep.dir, 'report.pdf'), '-'], { encoding: 'utf8' }) });
  }
}, 300_000);

afterAll(() => {
  wb?.lock();
  cleanup?.();
});

describe('fail-closed redaction sweep', () => {
  it('the samples hold identifiers that pass and that fail their checks (by the published Verhoeff)', () => {
    const checks = ps.map((p) => refVerhoeffValid(p.aadhaar));
    expect(checks.filter(Boolean).length).toBe(12);
    expect(checks.filter((x) => !x).length).toBe(12);
    expect(failing.values.every((v) => !refVerhoeffValid(v))).toBe(true);
  });

  it('reads every table page, search result, export, the analysis, the report model and the printed report', () => {
    expect(seen.filter((s) => s.where.startsWith('rows')).length).toBeGreaterThanOrEqual(5);
    expect(seen.filter((s) => s.where.startsWith('export')).length).toBe(12);
    if (HAVE_PDF) expect(seen.find((s) => s.where === 'report PDF')?.text).toMatch(/XXXX XXXX \d{4}/);
    // The searches found the rows: each identifier is in the data, so the sweep is not vacuous.
    const hits = seen.filter((s) => s.where.startsWith('search') && s.text !== '[]').length;
    expect(hits).toBeGreaterThan(20);
  });

  it('no identifier of the samples appears raw anywhere, whether or not its check passes', () => {
    expect(leaks(rawSpellings(ps))).toEqual([]);
  });

  it('a column headed aadhaar_no whose numbers all fail the check is masked whole', () => {
    expect(leaks(failing.values)).toEqual([]);
    const grid = seen.filter((s) => s.where.startsWith('rows failing.csv')).map((s) => JSON.parse(s.text) as { columns: { name: string; piiType: string | null }[]; rows: (string | null)[][] });
    expect(grid[0]!.columns[0]).toMatchObject({ name: 'aadhaar_no', piiType: 'IN_AADHAAR' });
    for (const page of grid) for (const r of page.rows) expect(r[0]).toMatch(/^XXXX XXXX \d{4}$/);
  });
});
