// The Analysis and Reports tabs against the real core: three samples (a genuine one, a repost of half
// of it, and one with forged Aadhaar check digits) get the verdicts they deserve, with validity, age
// and overlap charts, in English and Hindi; a report is generated and its PDF hash matches the file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';

let files: string[] = [];
const suite = e2eSuite({
  name: 'analysis',
  prepare: (dir) => {
    const genuine = path.join(dir, 'district_beneficiaries.csv');
    const repost = path.join(dir, 'telegram_repost.csv');
    const forged = path.join(dir, 'seller_sample.csv');
    writePeopleCsv(genuine, 3_000);
    writePeopleCsv(repost, 1_500, { from: 500 });
    writePeopleCsv(forged, 3_000, { from: 50_000, fabricated: true });
    files = [genuine, repost, forged];
  },
});

const withSamples = {
  prepare: async (host: CaseApp['host'], caseId: string, { waitJob }: { waitJob(id: string): Promise<void> }) =>
    waitJob((await host('evidence.import', { caseId, paths: files })).jobId),
};

describe.skipIf(!hasChromium)(needsChromium('analysis and reports'), () => {
  it('runs the analysis and shows a verdict with reasons, validity, ages and overlaps per item, in English and Hindi', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...withSamples }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Analysis' });
    await panel.getByRole('heading', { name: 'The evidence has not been analysed yet' }).waitFor();
    await panel.getByRole('button', { name: 'Run analysis' }).click();
    const card = (name: string) => panel.getByRole('article', { name });
    await card('district_beneficiaries.csv').waitFor({ timeout: 60_000 });
    expect(await card('district_beneficiaries.csv').locator('.verdict-badge').textContent()).toBe('Consistent with genuine');
    expect(await card('telegram_repost.csv').locator('.verdict-badge').textContent()).toBe('Recycled from another sample');
    expect(await card('seller_sample.csv').locator('.verdict-badge').textContent()).toBe('Signs of fabrication');
    expect(await card('telegram_repost.csv').textContent()).toMatch(/100% of its identifiers appear in district_beneficiaries\.csv/);
    expect(await card('district_beneficiaries.csv').textContent()).toMatch(/Aadhaar\s*3,000 of 3,000 valid/);
    // Charts are drawn (recharts SVG) and the age histogram has bars.
    expect(await card('district_beneficiaries.csv').locator('svg.recharts-surface').count()).toBe(2);
    expect(await card('district_beneficiaries.csv').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);
    const heat = panel.locator('.heatmap');
    expect(await heat.locator('td.heat').count()).toBe(6);
    expect(await heat.locator('td.heat-5').count()).toBeGreaterThan(0);
    await app.screenshot('analysis-verdicts');
    await panel.locator('.overlap').scrollIntoViewIfNeeded();
    await app.screenshot('analysis-overlap');

    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiPanel = page.getByRole('tabpanel', { name: 'विश्लेषण' });
    await hiPanel.getByText('गढ़े जाने के संकेत').waitFor();
    expect(await hiPanel.textContent()).toContain('नमूनों के बीच ओवरलैप');
    // The verdicts' reasons in Hindi too, from their codes and figures, not the core's English text.
    const reasonsHi = await hiPanel.locator('.verdict-reasons > ul > li').allTextContents();
    expect(reasonsHi.length).toBeGreaterThan(2);
    for (const r of reasonsHi) {
      expect(r).toMatch(/[\u0900-\u097F]/);
      expect(r).not.toMatch(/\b(valid|identifiers|records|appear|sample|fabricat\w*)\b/i);
    }
    await hiPanel.locator('.verdict-card').first().scrollIntoViewIfNeeded();
    await app.screenshot('hi-analysis');
  });

  it('generates a report from a template in the chosen language and shows its folder and PDF hash', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...withSamples }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Reports' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Reports' });
    await panel.getByText('This case has not been analysed yet').waitFor();
    await panel.getByLabel(/CERT-In/).check();
    await panel.getByLabel('Report language').selectOption('hi');
    await app.screenshot('reports-options');
    await panel.getByRole('button', { name: 'Generate report' }).click();
    const result = panel.getByRole('region', { name: 'Report written' });
    await result.waitFor({ timeout: 90_000 });
    const folder = (await result.locator('.report-dir').textContent()) ?? '';
    const pdf = path.join(folder, 'report.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    const sha = createHash('sha256').update(fs.readFileSync(pdf)).digest('hex');
    expect(await result.locator('.hash-short').first().getAttribute('data-full')).toBe(sha);
    expect(await result.locator('.report-files').textContent()).toContain('manifest.sig');
    await app.screenshot('reports-generated');
    const log = await app.host('custody.log', { caseId: app.caseId });
    expect(log.entries.some((e) => e.action === 'report.generated')).toBe(true);
  }, 120_000);
});
