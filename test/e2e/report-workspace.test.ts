// The Reports tab's findings and annex fields: filled in with the keyboard, saved in the case (custody logs
// which fields changed, not their text), shown masked when read back, labelled in English and Hindi, and
// printed in the generated PDF instead of "[to be completed]".
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';

let files: string[] = [];
const suite = e2eSuite({
  name: 'report-workspace',
  prepare: (dir) => {
    const sample = path.join(dir, 'district_beneficiaries.csv');
    writePeopleCsv(sample, 200);
    files = [sample];
  },
});

const withSample = {
  prepare: async (host: CaseApp['host'], caseId: string, { waitJob }: { waitJob(id: string): Promise<void> }) =>
    waitJob((await host('evidence.import', { caseId, paths: files })).jobId),
};

const VIEWPORT = { width: 1366, height: 768 };
const MOBILE = '9876543210';

/** The README's screenshots: renderer/screenshots/<name>.png at 1366×768. */
async function readmeShot(app: CaseApp, name: string): Promise<void> {
  const file = await app.screenshot(name);
  fs.copyFileSync(file, path.join(repoRoot, 'renderer', 'screenshots', `${name}.png`));
}

describe.skipIf(!hasChromium)(needsChromium('report workspace'), () => {
  it('saves findings and annex fields from the Reports tab, logs their names, reads them back masked and prints them', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...withSample }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Reports' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Reports' });
    const form = panel.getByRole('form', { name: 'Findings and annex fields' });
    await form.waitFor();
    const save = form.getByRole('button', { name: 'Save fields' });
    expect(await save.isDisabled()).toBe(true);

    // Keyboard only: focus the findings box, type, Tab to the next fields.
    await form.getByLabel('Findings (printed in the summary)').focus();
    await page.keyboard.type('The sample matches the records the bot returned.');
    await page.keyboard.press('Tab');
    expect(await form.getByLabel('Device or source of the copies').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('USB drive ZX-4471');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hyderabad');
    await form.getByLabel('Contact for this report').fill(`Desk officer ${MOBILE}`);
    await form.getByLabel('Data fiduciary').fill('Example Health Registry');
    await save.click();
    await form.getByRole('status').filter({ hasText: 'Saved: 5 fields changed and logged.' }).waitFor();

    // The examiner's own contact is not suspect data: it reads back (and prints) as typed.
    expect(await form.getByLabel('Contact for this report').inputValue()).toBe(`Desk officer ${MOBILE}`);
    const log = await app.host('custody.log', { caseId: app.caseId });
    const entry = log.entries.find((e) => e.action === 'report.fields_saved');
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).not.toContain('Hyderabad');
    expect(JSON.stringify(entry)).not.toContain(MOBILE);

    await form.getByRole('heading', { name: 'Findings and annex fields' }).scrollIntoViewIfNeeded();
    await readmeShot(app, 'report-workspace');

    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiForm = page.getByRole('form', { name: 'निष्कर्ष और परिशिष्ट के क्षेत्र' });
    await hiForm.getByText('परिशिष्ट C: DPDP उल्लंघन सूचना').waitFor();
    expect(await hiForm.getByLabel('स्थान (घटना का स्थान भी)').inputValue()).toBe('Hyderabad');
    await hiForm.getByRole('heading', { name: 'निष्कर्ष और परिशिष्ट के क्षेत्र' }).scrollIntoViewIfNeeded();
    await readmeShot(app, 'report-workspace-hi');

    // The report prints what was saved (the contact as typed; every other free text redacted).
    const g = await app.host('report.generate', { caseId: app.caseId, template: 'regulator', lang: 'en' });
    const text = execFileSync('pdftotext', [path.join(g.dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const v of ['The sample matches the records the bot returned.', 'USB drive ZX-4471', 'Hyderabad', 'Example Health Registry', `Desk officer ${MOBILE}`]) expect(text).toContain(v);
  }, 180_000);

  it('writes to the chosen folder, shows the bundle verified and opens its folder through the host', async () => {
    const chosen = path.join(suite.dir, 'chosen-reports');
    fs.mkdirSync(chosen, { recursive: true });
    const opened: string[] = [];
    const app = suite.track(
      await openCase({ browser: suite.browser, viewport: VIEWPORT, pickFolder: async () => chosen, openPath: async (d) => void opened.push(d), ...withSample }),
    );
    const { page } = app;
    await page.getByRole('tab', { name: 'Reports' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Reports' });
    await panel.getByRole('button', { name: 'Choose folder…' }).click();
    await panel.locator('.report-output-dir').filter({ hasText: chosen }).waitFor();
    await panel.getByRole('button', { name: 'Generate report' }).click();
    const result = panel.getByRole('region', { name: 'Report written' });
    await result.waitFor({ timeout: 90_000 });
    const dir = (await result.locator('.report-dir').textContent()) ?? '';
    expect(path.dirname(dir)).toBe(chosen);
    const verified = result.locator('.report-verified');
    await verified.waitFor();
    expect(await verified.textContent()).toContain(`hashes of ${fs.readdirSync(dir).length} files match`);
    await result.getByRole('button', { name: 'Open folder' }).click();
    await expect.poll(() => opened).toEqual([dir]);

    // The preview: every page of the PDF just written, drawn in the page, paged with buttons.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'report.pdf')], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    const preview = panel.getByRole('region', { name: 'Preview' });
    await preview.locator('.report-preview-page').filter({ hasText: `Page 1 of ${pages}` }).waitFor({ timeout: 30_000 });
    const inked = () =>
      preview.locator('canvas').evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 128 && d[i + 3]! > 0) dark++;
        return dark;
      });
    await expect.poll(inked, { timeout: 20_000 }).toBeGreaterThan(1000);
    await preview.getByRole('button', { name: 'Next page' }).click();
    await preview.locator('.report-preview-page').filter({ hasText: `Page 2 of ${pages}` }).waitFor();
    await preview.getByRole('button', { name: 'Previous page' }).click();
    await preview.locator('.report-preview-page').filter({ hasText: `Page 1 of ${pages}` }).waitFor();
    await expect.poll(inked, { timeout: 20_000 }).toBeGreaterThan(1000);
    await preview.scrollIntoViewIfNeeded();
    await preview.locator('.report-preview-bar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await readmeShot(app, 'report-preview');
  }, 180_000);
});
