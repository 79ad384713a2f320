// Issue #16, problem 4: an item that is stored but not parsed says so (it does not claim to have vanished),
// and a file whose bytes are already in the case is named in the import's outcome instead of being
// counted as added.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/bridge';
import { ensureRendererBuilt } from './support/build-renderer';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';

let browser: Browser | null = null;
let app: CaseApp | null = null;
let dir = '';
let files: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-e2e-status-'));
  const csv = 'ref,district\nR-1,Pune\nR-2,Nagpur\n';
  const first = path.join(dir, 'district_list.csv');
  const again = path.join(dir, 'district_list_copy.csv');
  const binary = path.join(dir, 'unknown.bin');
  fs.writeFileSync(first, csv);
  fs.writeFileSync(again, csv);
  // Bytes of no format Sakshya reads: stored and hashed, not parsed.
  fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
  files = [first, binary, again];
  await ensureRendererBuilt();
  browser = await launchChromium();
}, 120_000);
afterEach(async () => {
  const a = app;
  app = null;
  if (!a) return;
  await a.close();
  expect(a.consoleErrors).toEqual([]);
  expect(a.internalErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)(needsChromium('evidence statuses'), () => {
  it('names a duplicate file in the outcome, and shows a stored-only item as stored rather than missing', async () => {
    app = await openCase({ browser: browser! });
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    app.picks = files;
    await panel.getByRole('button', { name: 'Import files…' }).click();
    const done = panel.locator('.job-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain('Import finished: 2 files added. 1 file was already in this case and was not stored again: district_list_copy.csv.');
    expect(await app.host('evidence.list', { caseId: app.caseId })).toHaveLength(2);

    const before = app.traffic.filter((r) => r.direction === 'request' && r.method === 'evidence.rows').length;
    await panel.getByRole('button', { name: 'unknown.bin', exact: true }).click();
    const note = panel.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Stored, not parsed: this item has no records to show\. Its original bytes are kept encrypted/);
    expect(await panel.textContent()).not.toContain('no longer exists');
    // No request for rows the item cannot have.
    expect(app.traffic.filter((r) => r.direction === 'request' && r.method === 'evidence.rows').length).toBe(before);
    await app.screenshot('evidence-stored-only');
  });
});
