// The Reports tab's choice of what a report covers (issue #16, problem 6): untick an evidence item, tick a
// tagged record, save (logged with IDs and counts only), generate, and the report written covers only the
// chosen item with the record printed redacted in its annex; the bundle verifies. Screens in English and Hindi.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { personAt, writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';

let files: string[] = [];
let hashes: string[] = [];
const suite = e2eSuite({
  name: 'report-items',
  prepare: (dir) => {
    files = [path.join(dir, 'district_beneficiaries.csv'), path.join(dir, 'bot_replies.csv')];
    hashes = [writePeopleCsv(files[0]!, 120), writePeopleCsv(files[1]!, 40, { from: 5000 })];
  },
});

const VIEWPORT = { width: 1366, height: 768 };
/** The record of interest: row 4 of the first file (0-based 3). */
const ROW = 3;
const PERSON = personAt(ROW);

async function readmeShot(app: CaseApp, name: string): Promise<void> {
  const file = await app.screenshot(name);
  fs.copyFileSync(file, path.join(repoRoot, 'renderer', 'screenshots', `${name}.png`));
}

describe.skipIf(!hasChromium)(needsChromium('report items'), () => {
  it('chooses the items and records of interest a report covers, logs the choice and writes a report of that subset only', async () => {
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        viewport: VIEWPORT,
        prepare: async (host, caseId, { waitJob }) => {
          await waitJob((await host('evidence.import', { caseId, paths: files })).jobId);
          const first = (await host('evidence.list', { caseId })).find((e) => e.name === 'district_beneficiaries.csv')!;
          await host('bookmarks.add', { caseId, evidenceId: first.id, row: ROW, tag: 'identity shown', note: 'Same person as in the bot reply' });
        },
      }),
    );
    const { page } = app;
    await page.getByRole('tab', { name: 'Reports' }).click();
    const form = page.getByRole('tabpanel', { name: 'Reports' }).getByRole('form', { name: 'What the report covers' });
    await form.waitFor();
    // Default: every parsed item, both ticked; the tagged record offered but not chosen.
    expect(await form.getByLabel('Every parsed item').isChecked()).toBe(true);
    const items = form.locator('.report-items-evidence .report-item-list input[type=checkbox]');
    expect(await items.count()).toBe(2);
    expect(await items.evaluateAll((xs) => xs.every((x) => (x as HTMLInputElement).checked))).toBe(true);
    const record = form.getByRole('checkbox', { name: /district_beneficiaries\.csv · .*record 4/ });
    expect(await record.isChecked()).toBe(false);
    const save = form.getByRole('button', { name: 'Save choice' });
    expect(await save.isDisabled()).toBe(true);

    // Untick the second item, tick the record, save.
    await form.getByRole('checkbox', { name: /bot_replies\.csv/ }).uncheck();
    expect(await form.getByLabel('Every parsed item').isChecked()).toBe(false);
    await form.getByText('1 of 2 items chosen.').waitFor();
    await record.check();
    await save.click();
    await form.getByRole('status').filter({ hasText: 'Saved and logged: 1 of 2 items; records of interest: 1.' }).waitFor();
    const log = await app.host('custody.log', { caseId: app.caseId });
    const entry = log.entries.find((e) => e.action === 'report.items_chosen');
    expect(entry).toBeDefined();
    for (const raw of [PERSON.name, PERSON.phone, PERSON.aadhaar, PERSON.email]) expect(JSON.stringify(entry)).not.toContain(raw);
    expect(await page.content()).not.toContain(PERSON.phone);

    await form.getByRole('heading', { name: 'What the report covers' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await readmeShot(app, 'report-items');

    // Generate from the tab: the report covers the chosen item only, prints the record redacted, verifies.
    const panel = page.getByRole('tabpanel', { name: 'Reports' });
    await panel.getByRole('button', { name: 'Generate report' }).click();
    const result = panel.getByRole('region', { name: 'Report written' });
    await result.waitFor({ timeout: 90_000 });
    await result.locator('.report-verified').waitFor({ timeout: 30_000 });
    const dir = (await result.locator('.report-dir').textContent()) ?? '';
    await panel.getByRole('region', { name: 'Preview' }).locator('.report-preview-page').filter({ hasText: /^Page 1 of \d+/ }).waitFor({ timeout: 30_000 });
    const text = execFileSync('pdftotext', [path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(text).toContain('district_beneficiaries.csv');
    expect(flat).toContain(hashes[0]);
    expect(text).not.toContain('bot_replies.csv');
    expect(flat).not.toContain(hashes[1]);
    expect(text).toContain('Records of interest');
    expect(text).toContain('identity shown');
    expect(text).toContain('Same person as in the bot reply');
    expect(text).toContain(`XXXX XXXX ${PERSON.aadhaar.slice(-4)}`);
    for (const raw of [PERSON.name, PERSON.phone, PERSON.aadhaar, PERSON.email]) expect(text).not.toContain(raw);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { items: { sha256: string }[] };
    expect(manifest.items.map((i) => i.sha256)).toEqual([hashes[0]]);

    // Hindi: the same choice, read back from the case.
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiForm = page.getByRole('form', { name: 'रिपोर्ट में क्या शामिल है' });
    await hiForm.getByText('2 में से 1 मद चुनी गई।').waitFor();
    await hiForm.getByRole('status').filter({ hasText: 'सहेजा और लॉग में दर्ज किया गया: 2 में से 1 मदें; महत्वपूर्ण रिकॉर्ड: 1।' }).waitFor();
    expect(await hiForm.getByRole('checkbox', { name: /district_beneficiaries\.csv · .*रिकॉर्ड 4/ }).isChecked()).toBe(true);
    await hiForm.getByRole('heading', { name: 'रिपोर्ट में क्या शामिल है' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await readmeShot(app, 'report-items-hi');
  }, 240_000);
});
