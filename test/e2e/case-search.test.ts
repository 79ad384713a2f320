// Finding things in a case, in Chromium against the real core: the case-wide search (one Aadhaar planted
// in a CSV and in both tables of a SQLite registry, found typed with spaces, marked in its redacted form,
// narrowed by filters, never raw in the page or in a reply; Cancel through a hold, not a race), tags and
// notes on a record and the Bookmarks tab that opens it, and the custody timeline's text search, IST date
// range and CASE/UCO export. Writes the README's screenshots at 1366×768 in English and Hindi.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { e2eSuite } from './support/suite';
import {
  APPOINTMENT_REMARK_ROW,
  APPOINTMENT_TARGET_ROW,
  BENEFICIARY_TARGET_ROW,
  CSV_TARGET_ROW,
  TARGET,
  TARGET_MASKED,
  TARGET_SPACED,
  writeSearchCase,
} from '../fixtures/search/search-case';

const VIEWPORT = { width: 1366, height: 768 };
const SHOTS = path.join(repoRoot, 'renderer/screenshots');
let files = { csv: '', sqlite: '' };

const suite = e2eSuite({
  name: 'case-search',
  prepare: async (dir) => {
    files = await writeSearchCase(dir);
  },
});

const importBoth = {
  prepare: async (host: CaseApp['host'], caseId: string, { waitJob }: { waitJob(id: string): Promise<void> }) =>
    waitJob((await host('evidence.import', { caseId, paths: [files.csv, files.sqlite], reason: 'Samples from the complainant' })).jobId),
};

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  // Show each screen from its top, as a user arriving at it sees it (a click may have scrolled a pane).
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.scrollTop > 0) el.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/** Replies that crossed the bridge, as text (requests carry the query the examiner typed). */
const replies = (app: CaseApp) => app.traffic.filter((r) => r.direction === 'reply').map((r) => JSON.stringify(r.payload)).join('\n');

function expectNoRaw(text: string): void {
  expect(text).not.toContain(TARGET);
  expect(text).not.toContain(TARGET_SPACED);
  expect(text).not.toContain(TARGET.slice(0, 8));
  expect(text).not.toContain(TARGET_SPACED.slice(0, 9));
}

describe.skipIf(!hasChromium)(needsChromium('case-wide search, bookmarks and custody search'), () => {
  it('finds an Aadhaar typed with spaces across two items and both SQLite tables, marks it redacted, filters narrow it, and a hit opens its record', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importBoth }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Search' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Search' });
    await panel.getByRole('searchbox', { name: 'Search every item in this case' }).fill(TARGET_SPACED);
    await panel.getByRole('searchbox', { name: 'Search every item in this case' }).press('Enter');
    await panel.locator('.search-summary').getByText(/^4 matches in 4 records of 2 items \(66 records searched\)$/).waitFor();

    const groups = panel.locator('.search-group');
    expect(await groups.count()).toBe(4);
    const heads = (await groups.locator('.search-group-head').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(heads).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^vaccination_list\.csv .* aadhaar AADHAAR 1 match$/),
        expect.stringMatching(/^state_registry\.sqlite beneficiaries aadhaar_number AADHAAR 1 match$/),
        expect.stringMatching(/^state_registry\.sqlite appointments aadhaar AADHAAR 1 match$/),
        expect.stringMatching(/^state_registry\.sqlite appointments remarks 1 match$/),
      ]),
    );
    // Headers over the hits, record numbers as people count them, and the match marked in its masked form.
    expect(await groups.first().getByRole('columnheader').allInnerTexts()).toEqual(['Record', 'Value (redacted)']);
    const records = await panel.locator('.search-hit-open').allInnerTexts();
    expect(records.sort()).toEqual([CSV_TARGET_ROW, BENEFICIARY_TARGET_ROW, APPOINTMENT_TARGET_ROW, APPOINTMENT_REMARK_ROW].map((r) => String(r + 1)).sort());
    expect(await panel.locator('.search-hit-cell mark').allInnerTexts()).toEqual([TARGET_MASKED, TARGET_MASKED, TARGET_MASKED, TARGET_MASKED]);
    expect(await panel.locator('.search-group[aria-label$="remarks"] .search-hit-cell').innerText()).toBe(`Aadhaar ${TARGET_MASKED} shown at the desk`);

    // Nothing raw anywhere the page can see: not in the DOM (the search box holds what was typed, so clear it first), not in any reply.
    await panel.getByRole('searchbox', { name: 'Search every item in this case' }).fill('');
    expectNoRaw(await page.content());
    expectNoRaw(replies(app));

    // Filters narrow the groups: by type, by item, by column.
    await panel.getByLabel('Personal data').selectOption({ label: 'AADHAAR' });
    expect(await groups.count()).toBe(3);
    await panel.getByText('Showing 3 of 4 groups after filters.').waitFor();
    await panel.getByLabel('Item', { exact: true }).selectOption({ label: 'state_registry.sqlite' });
    expect(await groups.count()).toBe(2);
    await panel.getByLabel('Column', { exact: true }).selectOption({ label: 'aadhaar_number' });
    expect(await groups.count()).toBe(1);
    await panel.getByLabel('Personal data').selectOption({ label: 'All' });
    await panel.getByLabel('Item', { exact: true }).selectOption({ label: 'All' });
    await panel.getByLabel('Column', { exact: true }).selectOption({ label: 'All' });
    expect(await groups.count()).toBe(4);
    await panel.getByRole('searchbox', { name: 'Search every item in this case' }).fill(TARGET_SPACED);
    await shot(page, 'search');

    // The custody log has the search with the query's length and the counts only.
    const log = await app.host('custody.log', { caseId: app.caseId });
    const searched = log.entries.filter((e) => e.action === 'case.searched');
    expect(searched).toHaveLength(1);
    expect(searched[0]!.summary).toBe(`Searched the case (query of ${TARGET_SPACED.length} characters): 4 matches in 4 records; 66 records of 2 items scanned`);

    // A hit opens its record: the Evidence tab, the item, the table, the record in view and selected.
    await panel.getByRole('button', { name: `Open record ${BENEFICIARY_TARGET_ROW + 1} of state_registry.sqlite` }).click();
    const evidence = page.getByRole('tabpanel', { name: 'Evidence' });
    await evidence.getByRole('heading', { name: /Records of state_registry\.sqlite/ }).waitFor();
    expect(await evidence.locator('.table-picker select').inputValue()).toBe('beneficiaries');
    const row = evidence.locator(`.grid-row.is-jumped[data-row="${BENEFICIARY_TARGET_ROW}"]`);
    await row.waitFor();
    expect(await row.locator('[aria-selected="true"]').count()).toBe(1);
    expect(await row.innerText()).toContain(TARGET_MASKED);
    // The search is still there on going back.
    await page.getByRole('tab', { name: 'Search' }).click();
    expect(await page.getByRole('tabpanel', { name: 'Search' }).locator('.search-group').count()).toBe(4);
  });

  it('shows progress while a search runs and Cancel stops it, keeping what was found (held after its first table, not raced)', async () => {
    let paused!: () => void;
    const held = new Promise<void>((resolve) => (paused = resolve));
    const searchHold = async (signal: AbortSignal) => {
      paused();
      await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
    };
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, searchHold, ...importBoth }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Search' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Search' });
    await panel.getByRole('searchbox', { name: 'Search every item in this case' }).fill(TARGET);
    await panel.getByRole('button', { name: 'Search case' }).click();
    await held;
    const progress = panel.locator('.case-search-progress');
    await progress.getByText(/^Searched \d+ of 66 records \(1 of 3 tables\)$/).waitFor();
    expect(await panel.locator('.search-group').count()).toBe(1);
    await progress.getByRole('button', { name: 'Cancel search' }).click();
    await panel.getByText('Search cancelled: showing what was found before it stopped.').waitFor();
    expect(await progress.count()).toBe(0);
    expect(await panel.locator('.search-group').count()).toBe(1);
    const last = (await app.host('custody.log', { caseId: app.caseId })).entries.at(-1)!;
    expect(last.action).toBe('case.searched');
    expect(last.summary).toMatch(/; cancelled$/);
  });

  it('tags and notes the selected record, lists it under Bookmarks, and opens it from there', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importBoth }));
    const { page } = app;
    const evidence = page.getByRole('tabpanel', { name: 'Evidence' });
    await evidence.getByText('state_registry.sqlite', { exact: true }).click();
    await evidence.locator('.table-picker select').selectOption('appointments');
    await evidence.locator(`.grid-row[data-row="${APPOINTMENT_REMARK_ROW}"] [role="gridcell"]`).first().click();
    await evidence.getByRole('button', { name: 'Tag or note this record' }).click();
    const form = evidence.getByRole('form', { name: `Tag or note record ${APPOINTMENT_REMARK_ROW + 1}` });
    await form.getByRole('button', { name: 'Add to log' }).click();
    await form.getByText('Write a tag or a note first.').waitFor();
    await form.getByLabel('Tag', { exact: true }).fill('identity shown');
    await form.getByLabel('Note', { exact: true }).fill('Remark names an Aadhaar shown at the desk; matches the CSV list.');
    await form.getByRole('button', { name: 'Add to log' }).click();
    await form.getByText('Added to the custody log.').waitFor();
    // A tag on a record of the CSV too, through the core (as the CLI would), so the list has two records.
    const csvId = (await app.host('evidence.list', { caseId: app.caseId })).find((e) => e.name === 'vaccination_list.csv')!.id;
    await app.host('bookmarks.add', { caseId: app.caseId, evidenceId: csvId, row: CSV_TARGET_ROW, tag: 'same Aadhaar as registry' });

    await page.getByRole('tab', { name: 'Bookmarks' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Bookmarks' });
    const items = panel.locator('.bookmark');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    // Newest first: records by their latest mark, and the marks of a record too.
    const texts = (await items.allInnerTexts()).map((s) => s.replace(/\s+/g, ' '));
    expect(texts[0]).toMatch(/^vaccination_list\.csv · .* · record 7 — Open record Tag same Aadhaar as registry Anjali Rao, /);
    expect(texts[1]).toMatch(/^state_registry\.sqlite · appointments · record 10 — Open record Note Remark names an Aadhaar shown at the desk; matches the CSV list\. Anjali Rao, .* Tag identity shown Anjali Rao, /);
    await shot(page, 'bookmarks');

    await panel.getByRole('button', { name: /state_registry\.sqlite · appointments · record 10/ }).click();
    await evidence.getByRole('heading', { name: /Records of state_registry\.sqlite/ }).waitFor();
    expect(await evidence.locator('.table-picker select').inputValue()).toBe('appointments');
    const row = evidence.locator(`.grid-row.is-jumped[data-row="${APPOINTMENT_REMARK_ROW}"]`);
    await row.waitFor();
    expect(await row.locator('[aria-selected="true"]').count()).toBe(1);
    expectNoRaw(await page.content());
  });

  it('finds custody entries by text and IST date range, and exports the record as CASE/UCO JSON-LD beside the vault', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importBoth }));
    const { page } = app;
    const ids = await app.host('evidence.list', { caseId: app.caseId });
    await app.host('bookmarks.add', { caseId: app.caseId, evidenceId: ids[0]!.id, row: 2, note: 'Cross-checked with the complainant’s screenshot' });
    await page.getByRole('tab', { name: 'Custody' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Custody' });
    const timeline = panel.locator('.custody-timeline');
    await timeline.waitFor();
    const total = await timeline.locator('.custody-entry').count();

    await panel.getByLabel('Find text').fill('complainant screenshot');
    await expect.poll(() => timeline.locator('.custody-entry').count()).toBe(1);
    expect(await timeline.locator('.custody-entry').first().getAttribute('data-action')).toBe('note.added');
    await panel.getByText(`1 of ${total} entries shown`).waitFor();
    await panel.getByLabel('Find text').fill('acquired');
    await expect.poll(() => timeline.locator('.custody-entry').count()).toBe(2);
    await panel.getByLabel('Find text').fill('');

    // The day of the entries in IST, from the core's own time stamps (UTC) shifted by +05:30.
    const at = (await app.host('custody.log', { caseId: app.caseId })).entries[0]!.at;
    const day = new Date(Date.parse(at) + 330 * 60_000).toISOString().slice(0, 10);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await panel.getByLabel('From (IST)').fill(next);
    await panel.getByText('No entries match these filters.').waitFor();
    await panel.getByLabel('From (IST)').fill(day);
    await panel.getByLabel('To (IST)').fill(day);
    await expect.poll(() => timeline.locator('.custody-entry').count()).toBe(total);
    await panel.getByRole('button', { name: 'Clear filters' }).click();

    await panel.getByRole('button', { name: 'Export CASE/UCO' }).click();
    const done = panel.locator('.custody-export-done');
    await done.waitFor();
    const file = /written to (.+\.jsonld) \(SHA-256/.exec(await done.innerText())![1]!;
    expect(path.dirname(file)).toBe(path.join(path.dirname(app.workbench.opts.vaultDir), 'Sakshya exports'));
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { '@graph': { '@type': string }[] };
    expect(doc['@graph'].filter((n) => n['@type'] === 'case-investigation:InvestigativeAction').length).toBe(total);
    await expect.poll(() => timeline.locator('.custody-entry').first().getAttribute('data-action')).toBe('custody.exported');
    await panel.getByLabel('Find text').fill('exported');
    await expect.poll(() => timeline.locator('.custody-entry').count()).toBe(1);
    await panel.getByLabel('Find text').fill('complainant');
    await shot(page, 'custody-search');
  });

  it('shows the search, bookmarks and custody search in Hindi', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, language: 'hi', ...importBoth }));
    const { page } = app;
    const ids = await app.host('evidence.list', { caseId: app.caseId });
    const sqlite = ids.find((e) => e.name === 'state_registry.sqlite')!.id;
    await app.host('bookmarks.add', { caseId: app.caseId, evidenceId: sqlite, table: 'appointments', row: APPOINTMENT_REMARK_ROW, tag: 'पहचान दिखाई गई', note: 'टिप्पणी में आधार संख्या है' });
    await page.getByRole('tab', { name: 'खोज' }).click();
    const panel = page.getByRole('tabpanel', { name: 'खोज' });
    await panel.getByRole('searchbox', { name: 'इस मामले के हर साक्ष्य में खोजें' }).fill(TARGET_SPACED);
    await panel.getByRole('button', { name: 'मामले में खोजें' }).click();
    await panel.locator('.search-summary').getByText('2 साक्ष्य के 4 रिकॉर्ड में 4 मिलान (66 रिकॉर्ड खोजे गए)').waitFor();
    expect(await panel.locator('.search-group .pii-badge').first().innerText()).toBe('आधार');
    await shot(page, 'search-hi');

    await page.getByRole('tab', { name: 'बुकमार्क' }).click();
    const marks = page.getByRole('tabpanel', { name: 'बुकमार्क' });
    await marks.getByText(`state_registry.sqlite · appointments · रिकॉर्ड ${APPOINTMENT_REMARK_ROW + 1}`).waitFor();
    await shot(page, 'bookmarks-hi');

    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    const custody = page.getByRole('tabpanel', { name: 'अभिरक्षा' });
    await custody.getByLabel('सारांश में खोजें').fill('खोज');
    await expect.poll(() => custody.locator('.custody-entry').count()).toBeGreaterThan(0);
    const shown = await custody.locator('.custody-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(shown).toContain('case.searched');
    await shot(page, 'custody-search-hi');
  });
});
