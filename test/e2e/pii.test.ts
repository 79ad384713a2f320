// THE PII TEST. A whole workflow through the real UI (create the vault, open a case, import a sample of
// synthetic people, page through every record, search, reveal one cell, read the custody log, verify)
// while every payload crossing window.workbench is recorded. No raw identifier or name from the sample
// may appear in any of them, except the single evidence.reveal reply the examiner asked for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, tempVaultDir, type OpenApp } from './support/bridge';
import { ensureRendererBuilt } from './support/build-renderer';
import { hasChromium, needsChromium } from './support/paths';
import { personAt, writePeopleCsv } from './support/people-csv';

const ROWS = 1_000;
const REVEAL_ROW = 637;
let dir = '';
let csv = '';
let app: OpenApp | null = null;

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-e2e-pii-'));
  csv = path.join(dir, 'leak_sample.csv');
  writePeopleCsv(csv, ROWS);
  await ensureRendererBuilt();
}, 120_000);
afterAll(async () => {
  await app?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every form in which a raw value of the sample could leak: Aadhaar with and without spaces, the
 * mobile number (bare and with +91), e-mail, full name, and each given name and surname on its own. */
function rawValues(): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ROWS; i++) {
    const p = personAt(i);
    out.add(p.aadhaar);
    out.add(p.aadhaar.replace(/ /g, ''));
    out.add(p.phone);
    out.add(`+91${p.phone}`);
    out.add(p.email);
    out.add(p.email.split('@')[0]!);
    out.add(p.name);
    for (const part of p.name.split(' ')) out.add(part);
  }
  return out;
}

describe.skipIf(!hasChromium)(needsChromium('personal data on the bridge'), () => {
  it('lets no raw identifier or name cross the bridge except in the one reveal reply', async () => {
    app = await openApp({ vaultDir: tempVaultDir(), pickFiles: async () => [csv] });
    const { page, traffic } = app;

    // Create the vault and a case through the UI.
    await page.getByLabel('Full name').fill('Anjali Rao');
    await page.getByLabel('Passphrase', { exact: true }).fill('amber lotus quarry vintage meadow');
    await page.getByLabel('Confirm passphrase').fill('amber lotus quarry vintage meadow');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('button', { name: 'New case' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.getByLabel('Case title').fill('Health-scheme beneficiary list on a paste site');
    await dialog.getByLabel(/Reference number/).fill('CERT-In/2026/11/042');
    await dialog.getByLabel(/Reference number/).press('Enter');

    // Import through the picker and open the records.
    const evidence = page.getByRole('tabpanel', { name: 'Evidence' });
    await evidence.getByLabel(/Reason for import/).fill('Copied from paste site on 27 Nov');
    await evidence.getByRole('button', { name: 'Import files…' }).click();
    await evidence.locator('.job-done').waitFor({ timeout: 60_000 });
    await evidence.getByRole('button', { name: 'leak_sample.csv', exact: true }).click();
    const grid = evidence.getByRole('grid');
    await grid.locator('[data-row="0"] .cell-text').first().waitFor();

    // Page through every record, so all of them cross the bridge (redacted).
    const scroller = grid.locator('.grid-scroller');
    for (let row = 150; row < ROWS; row += 150) {
      await scroller.evaluate((el, top) => (el.scrollTop = top), row * 22);
      await grid.locator(`[data-row="${row}"] .cell-text`).first().waitFor();
    }
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await grid.locator(`[data-row="${ROWS - 1}"] .cell-text`).first().waitFor();

    // Search by the record's reference (not personal data), jump to it, reveal its Aadhaar with a reason.
    const target = personAt(REVEAL_ROW);
    await evidence.getByRole('searchbox', { name: 'Search records' }).fill(target.ref);
    await evidence.getByRole('button', { name: 'Search', exact: true }).click();
    await evidence.locator('.search-hit').first().click();
    const cell = grid.locator(`[data-row="${REVEAL_ROW}"] [role="gridcell"]`).nth(2);
    await cell.locator('.cell-text').waitFor();
    await cell.click({ button: 'right' });
    const reveal = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await reveal.getByLabel('Reason for revealing').fill('Verifying one record with UIDAI');
    await reveal.getByLabel('Reason for revealing').press('Enter');
    await cell.locator('.revealed-value').waitFor();
    expect(await cell.locator('.revealed-value').textContent()).toBe(target.aadhaar);
    await cell.getByRole('button', { name: 'Hide now' }).click();
    await cell.locator('.revealed-value').waitFor({ state: 'detached' });

    // Custody: the log, a note, verification.
    await page.getByRole('tab', { name: 'Custody' }).click();
    const custody = page.getByRole('tabpanel', { name: 'Custody' });
    await custody.locator('[data-action="value.revealed"]').waitFor();
    await custody.getByLabel('Note', { exact: true }).fill('One value revealed for UIDAI verification.');
    await custody.getByRole('button', { name: 'Add to log' }).click();
    await custody.getByText(/Note added/).waitFor();
    await custody.getByRole('button', { name: 'Verify' }).click();
    await custody.locator('.verify-pass').waitFor();
    await app.screenshot('pii-workflow-custody');

    // The rows crossed the bridge: the check below is not vacuous.
    const rowReplies = traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.rows');
    const rowsSeen = new Set(rowReplies.flatMap((r) => (r.payload as { value: { rowNumbers: number[] } }).value.rowNumbers));
    expect(rowsSeen.size).toBe(ROWS);

    const reveals = traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.reveal');
    expect(reveals).toHaveLength(1);
    expect(JSON.stringify(reveals[0]!.payload)).toContain(target.aadhaar);

    const leaks: string[] = [];
    const raw = rawValues();
    for (const record of traffic) {
      if (record === reveals[0]) continue;
      const text = JSON.stringify(record.payload);
      for (const value of raw) if (text.includes(value)) leaks.push(`${record.direction} ${record.method}: ${value}`);
    }
    expect(leaks).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    expect(app.internalErrors).toEqual([]);
  }, 120_000);
});
