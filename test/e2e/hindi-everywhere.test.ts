// Issue #16, problem 5: with Hindi chosen, no screen shows an English sentence. Every tab is opened in Hindi
// against the real core (evidence with a stored-only item, an empty file, a malformed file and a failed
// import; search; bookmarks; analysis with verdicts; custody after a verification; reports) and its visible
// text is checked for runs of three or more Latin-script words, once the names the examiner or the
// evidence brought (file names, case title, column names, identifiers) and the technical terms Indian
// government Hindi keeps in Latin script (SHA-256, CSV, PDF…) are taken out. Writes the Hindi twins of the
// README's English-only screenshots at 1366×768.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CASE, EXAMINER, openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { HEADER, writePeopleCsv } from './support/people-csv';
import { pausingSource } from './support/pausing-source';
import { e2eSuite } from './support/suite';
import { shutdownOcr } from '../../electron/node/ocr';

const VIEWPORT = { width: 1366, height: 768 };
const SHOTS = path.join(repoRoot, 'renderer/screenshots');
const files = { people: '', copy: '', bin: '', empty: '', json: '', ragged: '', cp1252: '', missing: '', big: '', image: '' };

const suite = e2eSuite({
  name: 'hindi',
  prepare: (dir) => {
    files.people = path.join(dir, 'cowin_sample.csv');
    writePeopleCsv(files.people, 400);
    // A second sample drawn from the first: the analysis calls it recycled.
    files.copy = path.join(dir, 'bot_copy.csv');
    writePeopleCsv(files.copy, 120, { from: 100 });
    // Bytes of no format Sakshya reads: stored and hashed, not parsed.
    files.bin = path.join(dir, 'unknown.bin');
    fs.writeFileSync(files.bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
    files.empty = path.join(dir, 'empty_export.csv');
    fs.writeFileSync(files.empty, '');
    // A JSON array cut off mid-record: parsed with errors, the reason naming the byte offset.
    files.json = path.join(dir, 'truncated.json');
    fs.writeFileSync(files.json, '[{"ref":"R-1","city":"Pune"},{"ref":"R-2","city":"Nag');
    // Records with the wrong number of fields: problems with their lines.
    files.ragged = path.join(dir, 'ragged.csv');
    fs.writeFileSync(files.ragged, 'ref,city,pin\nR-1,Pune,411001\nR-2,Nagpur\nR-3,Indore,452001,extra\n');
    // Windows-1252 bytes (é as 0xE9): a warning that the file was not UTF-8.
    files.cp1252 = path.join(dir, 'legacy_export.csv');
    fs.writeFileSync(files.cp1252, Buffer.from('ref,city\nR-1,Caf\xe9 Road\nR-2,Pune\n', 'latin1'));
    // Named in the import but gone from the disk: a failed import.
    files.missing = path.join(dir, 'gone_before_import.csv');
    // Large enough that the import holds part-way (see pausingSource), for the progress screen.
    files.big = path.join(dir, 'cowin_dump_part1.csv');
    writePeopleCsv(files.big, 60_000);
    // The synthetic bot-reply screenshot the image tests use (its labels are English, as the bot wrote them).
    files.image = path.join(dir, 'cowin-bot-reply.png');
    fs.copyFileSync(path.join(repoRoot, 'test/fixtures/ocr/bot-replies-1280x720.png'), files.image);
  },
  timeout: 180_000,
});
afterAll(async () => {
  await shutdownOcr();
});

/** Words the Hindi screens may show in Latin script: technical names kept as in government Hindi. */
const ALLOWED = ['SHA-256', 'SHA-1', 'MD5', 'CSV', 'JSON', 'SQLite', 'PDF', 'UTF-8', 'Windows-1252', 'Ed25519', 'Merkle', 'CASE/UCO', 'JSON-LD', 'IST', 'UTC', 'NUL', 'OCR', 'Aadhaar', 'PAN', 'VID', 'GSTIN', 'ABHA', 'CoWIN', 'CERT-In', 'DPDP', 'BSA', 'AES-256-GCM', 'Argon2id'];

/** Runs of three or more Latin words left once what the examiner typed or the evidence holds is taken out.
 * A word is a token of Latin letters only; a number between words does not end a run ("empty file (0
 * bytes)" is one), anything else does (Devanagari, a hash, a path, a masked e-mail). */
function latinRuns(text: string, brought: string[]): string[] {
  let t = text;
  for (const s of [...brought, ...ALLOWED].sort((a, b) => b.length - a.length)) t = t.split(s).join(' · ');
  const runs: string[] = [];
  for (const line of t.split(/\n/)) {
    let run: string[] = [];
    const end = () => {
      if (run.length >= 3) runs.push(run.join(' '));
      run = [];
    };
    for (const raw of line.split(/\s+/)) {
      const tok = raw.replace(/^[("“'‘]+|[)"”'’.,;:!?।]+$/g, '');
      if (tok === '') continue;
      // A word has two letters or more: single letters are masked initials ("R. K. V."), not English.
      if (/^[A-Za-z][A-Za-z'’-]+$/.test(tok)) run.push(tok);
      else if (!/^[\d,.:;()–%/+-]+$/.test(tok)) end();
    }
    end();
  }
  return runs;
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    // Titles and accessible names are shown too (tooltips, screen readers).
    for (const el of Array.from(document.querySelectorAll('[title],[aria-label],[placeholder]')))
      for (const a of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    return parts.join('\n');
  });
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.scrollTop > 0) el.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

function brought(app: CaseApp): string[] {
  return [CASE.title, CASE.ref, EXAMINER.name, EXAMINER.designation, EXAMINER.organisation, app.caseId, ...HEADER, ...Object.values(files).map((f) => path.basename(f))];
}

/** Fails with every English run found, screen by screen, so one run names all that is left to translate. */
function expectHindiOnly(found: Record<string, string[]>): void {
  expect(found).toEqual({});
}

describe('the English-sentence detector', () => {
  it('finds a run of Latin words with numbers between them, and ignores hashes, paths, names and allowed terms', () => {
    expect(latinRuns('कारण: empty file (0 bytes)', [])).toEqual(['empty file bytes']);
    expect(latinRuns('अमान्य JSON: बाइट ऑफ़सेट 53 पर', [])).toEqual([]);
    // The Hindi full stop (danda) ends a sentence as "." does.
    expect(latinRuns('जाँच में विफल रही: chunk 0: authentication failed। हो सकता है', [])).toEqual(['chunk authentication failed']);
    expect(latinRuns('SHA-256 f4b94eb642…04044b /tmp/sakshya-e2e/Sakshya reports s***@mailbox.example.in', [])).toEqual([]);
    expect(latinRuns('Alleged CoWIN record exposure via Telegram bot', [CASE.title])).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(needsChromium('every screen in Hindi'), () => {
  it('shows no English sentence on any tab: evidence with stored-only, malformed and failed imports, search, bookmarks, analysis, custody, reports', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, language: 'hi' }));
    const { page } = app;
    const found: Record<string, string[]> = {};
    const check = async (screen: string) => {
      const runs = latinRuns(await visibleText(page), brought(app));
      if (runs.length > 0) found[screen] = [...new Set(runs)];
    };

    // Evidence: one import through the picker, with every kind of outcome.
    const panel = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    app.picks = [files.people, files.copy, files.bin, files.empty, files.json, files.ragged, files.cp1252, files.missing];
    await panel.getByRole('button', { name: 'फ़ाइलें आयात करें…' }).click();
    const done = panel.locator('.job-done');
    await done.waitFor({ timeout: 90_000 });
    // The missing file is named with its reason in Hindi, and not counted as added.
    expect(await done.textContent()).toContain('आयात पूरा हुआ: 7 फ़ाइलें जोड़ी गईं। 1 फ़ाइल आयात नहीं की जा सकी: gone_before_import.csv (फ़ाइल मौजूद नहीं है)।');
    await check('import outcome');
    // Format names that are words are Hindi words too.
    expect(await panel.locator('tr', { has: page.getByRole('button', { name: 'unknown.bin', exact: true }) }).locator('td').nth(1).textContent()).toBe('बाइनरी');

    await panel.getByRole('button', { name: 'unknown.bin', exact: true }).click();
    const note = panel.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toContain('कारण: बाइनरी सामग्री, समर्थित प्रारूप नहीं (बाइट ऑफ़सेट 239 पर NUL बाइट); 4,096 बाइट जैसे थे वैसे ही प्राप्त किए गए');
    await check('stored-only item');
    await shot(page, 'evidence-stored-only-hi');

    // Each item's details, one at a time (the list keeps its own scroll box).
    let detailsText = '';
    for (const f of [files.bin, files.empty, files.json, files.ragged, files.cp1252]) {
      const row = panel.locator('tr', { has: page.getByRole('button', { name: path.basename(f), exact: true }) });
      await row.getByRole('button', { name: /^विवरण( \d+)?$/ }).click();
      const shown = panel.locator('.evidence-details');
      await shown.waitFor();
      detailsText += `${await shown.innerText()}\n`;
      await check(`details of ${path.basename(f)}`);
      await row.getByRole('button', { name: /^विवरण छिपाएँ/ }).click();
      await shown.waitFor({ state: 'detached' });
    }
    expect(detailsText).toContain('अमान्य JSON: बाइट ऑफ़सेट 53 (पंक्ति 1) पर इनपुट एक स्ट्रिंग के बीच में समाप्त होता है (अधूरा JSON); उससे पहले के रिकॉर्ड रखे गए।');
    expect(detailsText).toContain('पंक्ति 3: रिकॉर्ड में 2 फ़ील्ड हैं, हेडर में 3');
    expect(detailsText).toContain('फ़ाइल की शुरुआत मान्य UTF-8 नहीं है; इसे Windows-1252 के रूप में पढ़ा गया।');
    expect(detailsText).toContain('खाली फ़ाइल (0 बाइट)');

    // Records and one record's details pane.
    await panel.getByRole('button', { name: 'cowin_sample.csv', exact: true }).click();
    const grid = panel.getByRole('grid');
    await grid.locator('[data-pos="5"] [role="gridcell"]').first().click();
    const pane = panel.getByRole('complementary', { name: 'रिकॉर्ड विवरण' });
    await pane.getByRole('heading', { name: 'रिकॉर्ड 6' }).waitFor();
    await check('record details');
    await shot(page, 'record-details-hi');

    // Search across the case.
    await page.getByRole('tab', { name: 'खोज' }).click();
    const search = page.getByRole('tabpanel', { name: 'खोज' });
    await search.getByRole('searchbox', { name: 'इस मामले के हर साक्ष्य में खोजें' }).fill('Pune');
    await search.getByRole('button', { name: 'मामले में खोजें' }).click();
    await search.locator('.search-summary').waitFor();
    await check('search');

    // Bookmarks (a tag and a note in Hindi, as an examiner would type them).
    const people = (await app.host('evidence.list', { caseId: app.caseId })).find((e) => e.name === 'cowin_sample.csv')!;
    await app.host('bookmarks.add', { caseId: app.caseId, evidenceId: people.id, row: 5, tag: 'जाँच हेतु', note: 'शिकायत में उल्लिखित व्यक्ति' });
    await page.getByRole('tab', { name: 'बुकमार्क' }).click();
    const marks = page.getByRole('tabpanel', { name: 'बुकमार्क' });
    await marks.getByText('शिकायत में उल्लिखित व्यक्ति').waitFor();
    await check('bookmarks');

    // Analysis with verdicts, and the items that were never parsed.
    await page.getByRole('tab', { name: 'विश्लेषण' }).click();
    const analysis = page.getByRole('tabpanel', { name: 'विश्लेषण' });
    await analysis.getByRole('button', { name: 'विश्लेषण चलाएँ' }).click();
    await analysis.locator('.verdict-card').first().waitFor({ timeout: 90_000 });
    expect(await analysis.locator('.not-analysed').textContent()).toContain('खाली फ़ाइल (0 बाइट)');
    await check('analysis');

    // Custody, after a verification.
    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    const custody = page.getByRole('tabpanel', { name: 'अभिरक्षा' });
    await custody.getByRole('button', { name: 'सत्यापित करें' }).click();
    await custody.locator('.verify-pass').waitFor({ timeout: 60_000 });
    expect(await custody.textContent()).toContain('gone_before_import.csv का आयात विफल: फ़ाइल मौजूद नहीं है');
    expect(await custody.textContent()).toMatch(/को खाली के रूप में पढ़ा गया: 0 रिकॉर्ड, 0 त्रुटिपूर्ण, स्थिति: सहेजा गया, पार्स नहीं हुआ \(खाली फ़ाइल \(0 बाइट\)\)/);
    await check('custody');

    // Reports: generate, then the preview of the PDF.
    await page.getByRole('tab', { name: 'रिपोर्ट' }).click();
    const reports = page.getByRole('tabpanel', { name: 'रिपोर्ट' });
    await check('reports');
    await reports.getByRole('button', { name: 'रिपोर्ट बनाएँ' }).click();
    const result = reports.getByRole('region', { name: 'रिपोर्ट लिखी गई' });
    await result.waitFor({ timeout: 120_000 });
    await result.locator('.report-verified').waitFor({ timeout: 60_000 });
    const preview = reports.getByRole('region', { name: 'पूर्वावलोकन' });
    await preview.locator('.report-preview-page').filter({ hasText: /^पृष्ठ 1 \/ \d+$/ }).waitFor({ timeout: 60_000 });
    await check('report written');
    await preview.locator('.report-preview-bar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, 'report-preview-hi.png'), animations: 'disabled' });

    expectHindiOnly(found);
  }, 300_000);

  it('shows an import in progress, and its cancellation, in Hindi', async () => {
    // The import holds after its first chunk until cancelled, so the bar stands part-filled however fast the machine.
    const source = pausingSource(1 << 20);
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, language: 'hi', openImportSource: source.open }));
    const { page } = app;
    const found: Record<string, string[]> = {};
    const panel = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    app.picks = [files.big];
    await panel.getByRole('button', { name: 'फ़ाइलें आयात करें…' }).click();
    const job = panel.locator('.job-running');
    await job.waitFor();
    await source.paused;
    await expect.poll(async () => Number(await job.locator('progress').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await job.textContent()).toContain('फ़ाइल 1 / 1');
    // Time left in Hindi units (or still being estimated), not "1 s".
    expect(await job.locator('.job-stats').textContent()).toMatch(/लगभग (\d+ घं\. )?(\d+ मि\. )?\d+ (से|मि)\. शेष|शेष समय का अनुमान/);
    const during = latinRuns(await visibleText(page), brought(app));
    if (during.length > 0) found['import in progress'] = during;
    await shot(page, 'import-progress-hi');
    await job.getByRole('button', { name: 'आयात रद्द करें' }).click();
    const cancelled = panel.locator('.job-cancelled');
    await cancelled.waitFor({ timeout: 30_000 });
    expect(await cancelled.textContent()).toContain('आयात रद्द किया गया।');
    const after = latinRuns(await visibleText(page), brought(app));
    if (after.length > 0) found['import cancelled'] = after;
    expectHindiOnly(found);
  }, 120_000);

  it('shows a screenshot as evidence in Hindi: only the text read from the image stays as it was written', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, language: 'hi' }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    const name = path.basename(files.image);
    app.picks = [files.image];
    await panel.getByRole('button', { name: 'फ़ाइलें आयात करें…' }).click();
    await panel.locator('.job-done').waitFor({ timeout: 120_000 });
    await panel.getByRole('button', { name, exact: true }).click();
    const view = panel.getByRole('region', { name: `स्क्रीनशॉट ${name}` });
    const img = view.getByRole('img', { name: `${name} की छिपाई गई प्रति` });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1280);
    await view.getByText(/^OCR विश्वसनीयता \d+%$/).waitFor();
    await view.locator('.finding').first().waitFor();
    // What the OCR read off the image is evidence, in the language it was written in.
    const read = (await view.locator('.ocr-lines li').allInnerTexts()).map((l) => l.trim()).filter(Boolean);
    expect(read.length).toBeGreaterThan(0);
    const runs = latinRuns(await visibleText(page), [...brought(app), ...read]);
    await view.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, 'image-hi.png'), animations: 'disabled' });
    expectHindiOnly(runs.length > 0 ? { image: runs } : {});
  }, 180_000);

  it('says in Hindi which evidence item no longer matches when verification fails', async () => {
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        viewport: VIEWPORT,
        language: 'hi',
        prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [files.people] })).jobId),
      }),
    );
    const { page } = app;
    // Damage the encrypted copy on disk, as tampering or a failing disk would.
    const [item] = await app.host('evidence.list', { caseId: app.caseId });
    const blob = blobOfSize(app.workbench.opts.vaultDir, item!.bytes);
    const fd = fs.openSync(blob, 'r+');
    fs.writeSync(fd, Buffer.from([0xff, 0x00, 0xff]), 0, 3, Math.floor(fs.statSync(blob).size / 2));
    fs.closeSync(fd);
    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    const panel = page.getByRole('tabpanel', { name: 'अभिरक्षा' });
    await panel.getByRole('button', { name: 'सत्यापित करें' }).click();
    const fail = panel.locator('.verify-fail');
    await fail.waitFor({ timeout: 60_000 });
    expect(await fail.locator('.verify-detail').textContent()).toMatch(/^साक्ष्य \S+ \(.+\): /);
    const runs = latinRuns(await visibleText(page), brought(app));
    await shot(page, 'custody-verify-failed-hi');
    expectHindiOnly(runs.length > 0 ? { 'verification failed': runs } : {});
  }, 120_000);
});

/** The encrypted file holding an item's original bytes: the one a little larger than the plain bytes. */
function blobOfSize(vaultDir: string, plainBytes: number): string {
  const found: { p: string; size: number }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else found.push({ p, size: fs.statSync(p).size });
    }
  };
  walk(vaultDir);
  const near = found.filter((f) => f.size >= plainBytes && f.size < plainBytes * 1.1 + 4096).sort((a, b) => a.size - b.size);
  if (!near[0]) throw new Error(`No blob of about ${plainBytes} bytes in ${vaultDir}`);
  return near[0].p;
}
