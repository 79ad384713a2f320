// The Custody tab against the real core: the timeline of a case with imported evidence (IST times,
// action badges, filters), Verify passing and then failing on a tampered evidence file, notes; a
// hostile CSV rendered as inert text; the Evidence and Custody tabs in Hindi.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';

let peopleCsv = '';
let hostileCsv = '';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '=HYPERLINK("http://x","y")'];

const suite = e2eSuite({
  name: 'custody',
  prepare: (dir) => {
    peopleCsv = path.join(dir, 'beneficiaries_sample.csv');
    writePeopleCsv(peopleCsv, 2_000);
    hostileCsv = path.join(dir, 'hostile_cells.csv');
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    fs.writeFileSync(hostileCsv, ['id,remark,link', ...HOSTILE.map((h, i) => `${i + 1},${quote(h)},${quote(h)}`)].join('\n') + '\n');
  },
});

const importFirst = (file: string) => ({
  prepare: async (host: CaseApp['host'], caseId: string, { waitJob }: { waitJob(id: string): Promise<void> }) =>
    waitJob((await host('evidence.import', { caseId, paths: [file], reason: 'Received from complainant by e-mail' })).jobId),
});

describe.skipIf(!hasChromium)(needsChromium('custody'), () => {
  it('shows the custody timeline in IST with filters, adds a note about an item, and verifies the case', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...importFirst(peopleCsv) }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Custody' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Custody' });
    const timeline = panel.locator('.custody-timeline');
    await timeline.waitFor();
    const actions = await timeline.locator('.custody-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(expect.arrayContaining(['case.created', 'evidence.acquired', 'evidence.parsed']));
    // Newest first, numbered; times in IST with seconds and the offset, even though the page runs in UTC.
    const times = await timeline.locator('time').allTextContents();
    for (const t of times) expect(t).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}:\d{2} IST \(UTC\+05:30\)$/);
    await panel.getByText(/local clock.*not independently verified/).waitFor();
    const acquired = timeline.locator('[data-action="evidence.acquired"]');
    expect(await acquired.textContent()).toContain('beneficiaries_sample.csv');
    expect(await acquired.textContent()).toContain('Anjali Rao');
    expect(await acquired.textContent()).toContain('reason: Received from complainant by e-mail');
    const root = await panel.locator('.merkle-root').textContent();
    expect(root).toMatch(/^[0-9a-f]{64}$/);

    await panel.getByLabel('Action').selectOption({ label: 'Acquired' });
    expect(await timeline.locator('.custody-entry').count()).toBe(1);
    await panel.getByLabel('Action').selectOption({ label: 'All' });
    await panel.getByLabel('Evidence', { exact: true }).selectOption({ label: 'beneficiaries_sample.csv' });
    expect(await timeline.locator('[data-action="case.created"]').count()).toBe(0);
    await panel.getByLabel('Evidence', { exact: true }).selectOption({ label: 'All' });

    // A note about the item is signed into the log and appears at the top.
    const note = panel.getByRole('form', { name: 'Add a note' });
    await note.getByRole('button', { name: 'Add to log' }).click();
    await note.getByText('Write the note first.').waitFor();
    await note.getByLabel('Note', { exact: true }).fill('Compared rows 1–20 with the complainant’s screenshot; they match.');
    await note.getByLabel('About').selectOption({ label: 'beneficiaries_sample.csv' });
    await note.getByRole('button', { name: 'Add to log' }).click();
    await note.getByText(/Note added to the custody log as entry no\. \d+/).waitFor();
    const top = timeline.locator('.custody-entry').first();
    await expect.poll(() => top.getAttribute('data-action')).toBe('note.added');
    expect(await top.textContent()).toContain('beneficiaries_sample.csv');

    await panel.getByRole('button', { name: 'Verify' }).click();
    const result = panel.locator('.verify-pass');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Verified.*entries and \d+ signed checkpoints are intact; 1 evidence item .* re-hashed and matches/);
    await expect.poll(() => timeline.locator('.custody-entry').first().getAttribute('data-action')).toBe('verify.run');
    await app.screenshot('custody-verified');
  });

  it('names the evidence item when its stored bytes no longer match', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...importFirst(peopleCsv) }));
    const { page } = app;
    // Damage the encrypted blob of the item on disk, as tampering or a failing disk would.
    const [item] = await app.host('evidence.list', { caseId: app.caseId });
    const blob = findBlob(app.workbench.opts.vaultDir, item!.bytes);
    const fd = fs.openSync(blob, 'r+');
    fs.writeSync(fd, Buffer.from([0xff, 0x00, 0xff]), 0, 3, Math.floor(fs.statSync(blob).size / 2));
    fs.closeSync(fd);
    await page.getByRole('tab', { name: 'Custody' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Custody' });
    await panel.getByRole('button', { name: 'Verify' }).click();
    const fail = panel.locator('.verify-fail');
    await fail.waitFor();
    expect(await fail.textContent()).toContain('Verification failed');
    expect(await fail.textContent()).toContain('beneficiaries_sample.csv');
    await app.screenshot('custody-verify-failed');
  });

  it('renders hostile cell content as inert text: no script runs, no request leaves, no link is made', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...importFirst(hostileCsv) }));
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: 'hostile_cells.csv', exact: true }).click();
    const grid = panel.getByRole('grid');
    await grid.locator('[data-row="3"] .cell-text').first().waitFor();
    const text = (await grid.locator('.grid-body').textContent()) ?? '';
    for (const h of HOSTILE) expect(text).toContain(h);
    expect(await grid.locator('img, script, a, iframe, object').count()).toBe(0);
    // Search results are rendered the same way.
    await panel.getByRole('searchbox', { name: 'Search records' }).fill('onerror');
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    await panel.locator('.search-hit').first().waitFor();
    expect(await panel.locator('.search-results img, .search-results a').count()).toBe(0);
    expect(await panel.locator('.search-results').textContent()).toContain('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
    await app.screenshot('records-hostile-inert');
  });

  it('shows the Evidence and Custody tabs in Hindi', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, language: 'hi', ...importFirst(peopleCsv) }));
    const { page } = app;
    const evidence = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    await evidence.getByRole('button', { name: 'फ़ाइलें आयात करें…' }).waitFor();
    await evidence.getByRole('button', { name: 'beneficiaries_sample.csv', exact: true }).click();
    await evidence.getByRole('grid').locator('[data-row="0"] .cell-text').first().waitFor();
    expect(await evidence.textContent()).toContain('पार्स हुआ');
    expect(await evidence.textContent()).toContain('2,000 रिकॉर्ड');
    // Type badges in Hindi too (issue #16, problem 5): आधार, फ़ोन …, never the English codes.
    const headers = (await evidence.getByRole('grid').locator('[role="columnheader"]').allTextContents()).join(' | ');
    expect(headers).toMatch(/आधार \d\.\d\d/);
    expect(headers).not.toMatch(/AADHAAR|PHONE|PERSON|EMAIL/);
    await app.screenshot('hi-evidence');
    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    const custody = page.getByRole('tabpanel', { name: 'अभिरक्षा' });
    await custody.locator('.custody-timeline').waitFor();
    // Every summary line in Hindi: no English sentence from the core.
    const summaries = await custody.locator('.custody-summary').allTextContents();
    expect(summaries.length).toBeGreaterThan(2);
    for (const line of summaries) {
      expect(line).toMatch(/[\u0900-\u097F]/);
      expect(line).not.toMatch(/\b(Acquired|Parsed|parsed|Viewed|Case opened|Vault|records)\b/);
    }
    await custody.getByRole('button', { name: 'सत्यापित करें' }).click();
    await custody.locator('.verify-pass').waitFor();
    expect(await custody.textContent()).toContain('मर्कल रूट');
    await app.screenshot('hi-custody');
  });
});

/** The vault file that holds an item's encrypted bytes: the file closest above the plain size (chunk
 * tags and a header make it a little larger). */
function findBlob(vaultDir: string, plainBytes: number): string {
  const files: { p: string; size: number }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push({ p, size: fs.statSync(p).size });
    }
  };
  walk(vaultDir);
  const candidates = files.filter((f) => f.size >= plainBytes && f.size < plainBytes * 1.1 + 4096).sort((a, b) => a.size - b.size);
  if (!candidates[0]) throw new Error(`No blob of about ${plainBytes} bytes in ${vaultDir}: ${files.map((f) => `${f.p} ${f.size}`).join(', ')}`);
  return candidates[0].p;
}
