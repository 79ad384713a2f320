// Sizes in the app the way reports and the CLI give them (#16 problem 5, #17 one formatter): decimal units,
// with the exact byte count in Indian grouping beside them where it matters: the item's details and its
// custody entry; in English and in Hindi (बाइट, digits 0-9). The sample is made exactly 12,34,567 bytes long,
// so every expected string below is written out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';

const SIZE = 1_234_567;
let sample = '';

const suite = e2eSuite({
  name: 'sizes',
  prepare: (dir) => {
    sample = path.join(dir, 'sized_sample.csv');
    const lines = ['id,name,remark'];
    for (let i = 1; i <= 20_000; i++) lines.push(`${i},Person ${i},synthetic row`);
    let text = `${lines.join('\n')}\n`;
    // The last record's remark takes up the rest, so the file is exactly SIZE bytes (all ASCII).
    const last = `20001,Person 20001,`;
    text += `${last}${'x'.repeat(SIZE - Buffer.byteLength(text) - last.length - 1)}\n`;
    fs.writeFileSync(sample, text);
    if (fs.statSync(sample).size !== SIZE) throw new Error('sample is not the intended size');
  },
});

async function open(language: 'en' | 'hi') {
  return suite.track(
    await openCase({
      browser: suite.browser,
      language,
      prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [sample], reason: 'size check' })).jobId),
    }),
  );
}

describe.skipIf(!hasChromium)(needsChromium('sizes'), () => {
  it('gives an item’s size in decimal units with the exact grouped byte count in its details and custody entry', async () => {
    const app = await open('en');
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    const row = panel.locator('.evidence-list tbody tr').first();
    await row.getByRole('button', { name: 'Details' }).click();
    const details = panel.locator('.evidence-details');
    await details.waitFor();
    expect(await details.textContent()).toContain('1.2 MB (12,34,567 bytes)');
    expect(await row.textContent()).toContain('1.2 MB');
    await page.getByRole('tab', { name: 'Custody' }).click();
    const acquired = page.getByRole('tabpanel', { name: 'Custody' }).locator('[data-action="evidence.acquired"] .custody-summary');
    await acquired.waitFor();
    expect(await acquired.textContent()).toMatch(/^Acquired sized_sample\.csv, 1\.2 MB \(12,34,567 bytes\), SHA-256 [0-9a-f]{12}…, as /);
  });

  it('gives the same in Hindi, with बाइट and digits 0-9', async () => {
    const app = await open('hi');
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    const row = panel.locator('.evidence-list tbody tr').first();
    await row.getByRole('button', { name: 'विवरण' }).click();
    const details = panel.locator('.evidence-details');
    await details.waitFor();
    expect(await details.textContent()).toContain('1.2 MB (12,34,567 बाइट)');
    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    const acquired = page.getByRole('tabpanel', { name: 'अभिरक्षा' }).locator('[data-action="evidence.acquired"] .custody-summary');
    await acquired.waitFor();
    expect(await acquired.textContent()).toMatch(/^sized_sample\.csv प्राप्त: 1\.2 MB \(12,34,567 बाइट\), SHA-256 [0-9a-f]{12}…, पहचान /);
  });
});
