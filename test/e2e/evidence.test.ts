// The Evidence tab against the real core in Chromium: import a 60 MB sample of synthetic people through
// the file picker (progress, cancel, complete), the evidence list with its SHA-256, and the records
// view (redaction, type badges, scrolling to row 1,00,000, search, reveal with a reason).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/contract';
import { openCase } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { HEADER, personAt, writePeopleCsv } from './support/people-csv';
import { pausingSource } from './support/pausing-source';
import { e2eSuite } from './support/suite';
import { zipStored } from './support/zip-writer';

const BIG_ROWS = 600_000;
let bigCsv = '';
let bigSha = '';

const suite = e2eSuite({
  name: 'evidence',
  prepare: (dir) => {
    bigCsv = path.join(dir, 'cowin_dump_part1.csv');
    bigSha = writePeopleCsv(bigCsv, BIG_ROWS);
  },
  timeout: 180_000,
});

describe.skipIf(!hasChromium)(needsChromium('evidence'), () => {
  it('imports through the picker with a live progress bar; Cancel keeps no partial file; a second import lists the file with its SHA-256', async () => {
    // The import reads through a source that holds after its first 4 MiB until the import is cancelled, so
    // the bar stands part-filled and Cancel always lands mid-file, however fast or loaded the machine is.
    const source = pausingSource(4 << 20);
    const app = suite.track(await openCase({ browser: suite.browser, openImportSource: source.open }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('heading', { name: 'No evidence in this case yet' }).waitFor();
    await app.screenshot('evidence-empty');
    const blobsBefore = app.workbench.vault.listBlobFiles();

    app.picks = [bigCsv];
    await panel.getByLabel(/Reason for import/).fill('Sample posted on Telegram channel, saved 27 Nov');
    await panel.getByRole('button', { name: 'Import files…' }).click();
    const job = panel.locator('.job-running');
    await job.waitFor();
    await source.paused;
    // The first 4 MiB of 60 MB are in: the bar shows them (about 6%) and stays there until Cancel.
    await expect.poll(async () => Number(await job.locator('progress').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await job.textContent()).toMatch(/File 1 of 1/);
    expect(await job.textContent()).toMatch(/\d+%[\d.]+ [KMG]B of [\d.]+ [KMG]B([\d,]+ records)?[\d.,]+ (B|[KMG]B)\/s(about .* left|estimating)/);
    await app.screenshot('evidence-import-progress');
    // The status bar shows the running job too (it stays there while other tabs are open).
    expect(await page.locator('.status-job-running').textContent()).toMatch(/Importing cowin_dump_part1\.csv/);
    await job.getByRole('button', { name: 'Cancel import' }).click();
    await panel.locator('.job-cancelled').waitFor({ timeout: 30_000 });
    // The file was in flight: nothing of it is kept, neither an evidence item nor a partial blob on disk.
    expect(await app.host('evidence.list', { caseId: app.caseId })).toEqual([]);
    expect(app.workbench.vault.listBlobFiles()).toEqual(blobsBefore);
    // Only the event saying so is written.
    const log = await app.host('custody.log', { caseId: app.caseId });
    expect(log.entries.map((e) => e.action)).toContain('import.cancelled');
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
    // The bar followed pushed job events, not polls: one jobs.get per import at most (the read after the call),
    // and each import's end arrived as an event.
    expect(app.traffic.filter((r) => r.direction === 'request' && r.method === 'jobs.get').length).toBeLessThanOrEqual(2);
    const jobEvents = app.traffic.filter((r) => r.direction === 'event' && r.method === 'job').map((r) => (r.payload as { job: JobInfo }).job);
    expect(jobEvents.filter((j) => j.state !== 'running').map((j) => j.state)).toEqual(['cancelled', 'done']);
    expect(jobEvents.some((j) => j.state === 'running' && j.progress.bytesDone === 4 << 20)).toBe(true);

    // Copy puts the full SHA-256 on the clipboard.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await row.getByRole('button', { name: /Copy the full SHA-256/ }).click();
    await row.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bigSha);
    await row.getByRole('button', { name: 'Details' }).click();
    await panel.locator('.evidence-details').waitFor();
    await app.screenshot('evidence-imported');
  });

  it('shows redacted records with type badges, scrolls to row 1,00,000, finds a row by search, and reveals one cell with a reason', async () => {
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [bigCsv] })).jobId),
      }),
    );
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: 'cowin_dump_part1.csv', exact: true }).click();
    const grid = panel.getByRole('grid');
    await grid.waitFor();
    const firstRow = grid.locator('[data-row="0"]');
    await firstRow.locator('.cell-text').first().waitFor();
    const p0 = personAt(0);
    const cells0 = await firstRow.locator('[role="gridcell"]').allTextContents();
    expect(cells0[2]).toBe(`XXXX XXXX ${p0.aadhaar.slice(-4)}`);
    expect(cells0[3]).toBe(`XXXXXX${p0.phone.slice(-4)}`);
    expect(cells0[1]).not.toContain(p0.name.split(' ')[0]!);
    const headers = await grid.locator('[role="columnheader"]').allTextContents();
    expect(headers.join(' | ')).toMatch(/aadhaarAADHAAR 1\.00/);
    expect(headers.join(' | ')).toMatch(/emailEMAIL 1\.00/);
    expect(headers.join(' | ')).toMatch(/mobilePHONE 1\.00/);
    await app.screenshot('records-top');

    // Scroll the grid (as a drag of the scrollbar would) to row 1,00,000: only that page is fetched.
    const scroller = grid.locator('.grid-scroller');
    await scroller.evaluate((el, top) => (el.scrollTop = top), 99_990 * 22);
    const target = grid.locator('[data-row="99999"]');
    await target.locator('.cell-text').first().waitFor();
    const p = personAt(99_999);
    expect(await target.locator('[role="rowheader"]').textContent()).toBe('1,00,000');
    expect((await target.locator('[role="gridcell"]').allTextContents())[2]).toBe(`XXXX XXXX ${p.aadhaar.slice(-4)}`);
    const pagesAsked = app.traffic.filter((r) => r.direction === 'request' && r.method === 'evidence.rows').map((r) => (r.payload as { offset: number }).offset);
    expect(pagesAsked).toContain(99_800);
    expect(pagesAsked.length).toBeLessThan(12);
    await app.screenshot('records-row-100000');

    // Search by a non-personal reference finds exactly one row; its cells come back redacted.
    const wantedRow = 4_21_337;
    const wanted = personAt(wantedRow);
    await panel.getByRole('searchbox', { name: 'Search records' }).fill(wanted.ref);
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    await panel.getByText('1 match in 6,00,000 records').waitFor();
    const hit = panel.locator('.search-hit');
    expect(await hit.locator('.search-rowno').textContent()).toBe('4,21,338');
    expect(await hit.textContent()).toContain(`XXXX XXXX ${wanted.aadhaar.slice(-4)}`);
    expect(await hit.textContent()).not.toContain(wanted.aadhaar);
    await hit.click();
    const found = grid.locator(`[data-row="${wantedRow}"]`);
    await found.locator('.cell-text').first().waitFor();

    // Reveal needs a reason; the raw value shows in that cell with a countdown, then is gone.
    const aadhaarCell = found.locator('[role="gridcell"]').nth(2);
    await aadhaarCell.click();
    await aadhaarCell.getByRole('button', { name: 'Reveal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await dialog.waitFor();
    // The dialog names the record as the grid numbers it (from 1), as the custody log will.
    await dialog.getByText(`Record ${(wantedRow + 1).toLocaleString('en-IN')}, column`).waitFor();
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await dialog.getByText('Give a reason; it is recorded in the custody log.').waitFor();
    await dialog.getByLabel('Reason for revealing').fill('Confirming identity of row 4,21,338 for UIDAI notice');
    await app.screenshot('records-reveal-dialog');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await aadhaarCell.locator('.revealed-value').waitFor();
    expect(await aadhaarCell.locator('.revealed-value').textContent()).toBe(wanted.aadhaar);
    expect(await aadhaarCell.textContent()).toMatch(/Hidden again in \d+ s/);
    await app.screenshot('records-revealed');
    await aadhaarCell.getByRole('button', { name: 'Hide now' }).click();
    await aadhaarCell.locator('.revealed-value').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(wanted.aadhaar);

    // Right-click reveals too, and the value hides itself when the time is up.
    const emailCell = found.locator('[role="gridcell"]').nth(4);
    await emailCell.click({ button: 'right' });
    await dialog.getByLabel('Reason for revealing').fill('Matching complainant e-mail');
    await dialog.getByLabel('Reason for revealing').press('Enter');
    await emailCell.locator('.revealed-value').waitFor();
    expect(await emailCell.locator('.revealed-value').textContent()).toBe(wanted.email);
    await emailCell.locator('.revealed-value').waitFor({ state: 'detached', timeout: 25_000 });
    expect(await page.content()).not.toContain(wanted.email);
    expect(await emailCell.textContent()).toContain('@mailbox.example.in');
  }, 120_000);

  it('indents archive members under their archive and offers a table picker for a multi-table dump', async () => {
    // A ZIP holding a CSV and a MySQL dump with two tables.
    const csvRows = [HEADER.join(','), ...Array.from({ length: 40 }, (_, i) => Object.values(personAt(i)).join(','))].join('\n');
    const dump = [
      'CREATE TABLE `users` (`id` int, `mobile` varchar(10), `email` varchar(100));',
      `INSERT INTO \`users\` VALUES ${Array.from({ length: 30 }, (_, i) => `(${i},'${personAt(i).phone}','${personAt(i).email}')`).join(',')};`,
      'CREATE TABLE `orders` (`id` int, `user_id` int, `amount` int);',
      `INSERT INTO \`orders\` VALUES ${Array.from({ length: 12 }, (_, i) => `(${i},${i % 5},${100 + i})`).join(',')};`,
    ].join('\n');
    const zip = path.join(suite.dir, 'seized_drive.zip');
    fs.writeFileSync(zip, zipStored([{ name: 'export/people.csv', data: Buffer.from(csvRows) }, { name: 'export/shop.sql', data: Buffer.from(dump) }]));
    const app = suite.track(await openCase({ browser: suite.browser, prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [zip] })).jobId) }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    const rows = panel.locator('.evidence-list tbody tr');
    await rows.first().waitFor();
    const names = await panel.locator('.evidence-list .evidence-name').evaluateAll((els) => els.map((e) => [e.className, e.textContent ?? '']));
    expect(names[0]![1]).toContain('seized_drive.zip');
    expect(names.slice(1).every(([cls]) => cls!.includes('depth-1'))).toBe(true);
    const sqlRow = panel.locator('.evidence-name', { hasText: 'shop.sql' });
    expect(await sqlRow.textContent()).toContain('Tables: 2');
    await sqlRow.getByRole('button').click();
    const picker = panel.getByLabel('Table');
    await picker.waitFor();
    const grid = panel.getByRole('grid');
    await grid.locator('[data-row="0"] .cell-text').first().waitFor();
    const firstTable = await picker.inputValue();
    await picker.selectOption({ index: 1 });
    await expect.poll(async () => (await panel.locator('.records-title').textContent()) ?? '').toMatch(firstTable === 'users' ? /12 records/ : /30 records/);
    await grid.locator('[data-row="0"] .cell-text').first().waitFor();
    await app.screenshot('evidence-archive-tables');

    // The grid works from the keyboard: arrows move the selected cell, Enter asks to reveal it.
    await grid.locator('.grid-scroller').focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight']) await page.keyboard.press(key);
    expect(await grid.locator('[data-row="2"] [role="gridcell"]').nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const reveal = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await reveal.getByText(/Record 3, column/).waitFor();
    await page.keyboard.press('Escape');
    await reveal.waitFor({ state: 'detached' });
  });

  it('explains that dropping files needs the desktop app when the host cannot give their paths', async () => {
    const app = suite.track(await openCase({ browser: suite.browser }));
    const { page } = app;
    const zone = page.locator('.drop-zone');
    await zone.waitFor();
    const dt = await page.evaluateHandle(() => {
      const d = new DataTransfer();
      d.items.add(new File(['ref,name\n'], 'dropped.csv', { type: 'text/csv' }));
      return d;
    });
    await zone.dispatchEvent('dragover', { dataTransfer: dt });
    await page.locator('.drop-overlay').waitFor();
    await app.screenshot('evidence-drop-over');
    await zone.dispatchEvent('drop', { dataTransfer: dt });
    await page.getByText('Dropping files works only in the Sakshya desktop app').waitFor();
    expect(app.traffic.some((r) => r.method === 'evidence.import')).toBe(false);
  });
});
