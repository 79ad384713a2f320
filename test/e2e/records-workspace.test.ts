// Issue #16, problems 1, 8 and 9: the records workspace at 1366×768. The grid fills the height left (at least
// 20 whole records), one scroll area holds the records, the record number stays when the columns scroll
// sideways, the split between list and records moves by whole rows; columns sort (in the core: numbers as
// numbers, text as text, checked against orders computed here from the generator), resize and hide; the
// details pane shows the selected record redacted and leads to the logged reveal; item details give the
// source path and file times; locking keeps the place; analysis leaves out items that were never parsed.
// Writes the README's screenshots records.png, records-hi.png and record-details.png.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openCase, PASSPHRASE } from './support/app-fixtures';
import type { HostCall } from './support/bridge';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { personAt, writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';

const ROWS = 3000;
const VIEWPORT = { width: 1366, height: 768 };
const CSV_MTIME = new Date('2023-06-12T04:05:06.000Z');
let csv = '';
let binary = '';
let extras: string[] = [];

const suite = e2eSuite({
  name: 'workspace',
  prepare: (dir) => {
    csv = path.join(dir, 'cowin_dump_part1.csv');
    writePeopleCsv(csv, ROWS);
    fs.utimesSync(csv, CSV_MTIME, CSV_MTIME);
    // Bytes of no format Sakshya reads: stored and hashed, never parsed.
    binary = path.join(dir, 'unknown.bin');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
    extras = Array.from({ length: 5 }, (_, k) => {
      const f = path.join(dir, `district_${k + 1}.csv`);
      fs.writeFileSync(f, `ref,district\nD-${k}-1,Pune\nD-${k}-2,Nagpur\n`);
      return f;
    });
  },
});

const readmeShot = async (page: Page, name: string) => {
  const file = path.join(repoRoot, 'renderer/screenshots', `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
};

const importing = (paths: () => string[]) => ({
  prepare: async (host: HostCall, caseId: string, app: { waitJob(jobId: string): Promise<void> }) =>
    app.waitJob((await host('evidence.import', { caseId, paths: paths() })).jobId),
});

async function openRecords(page: Page, name = 'cowin_dump_part1.csv'): Promise<{ panel: Locator; grid: Locator }> {
  const panel = page.getByRole('tabpanel', { name: /Evidence|साक्ष्य/ });
  await panel.getByRole('button', { name, exact: true }).click();
  const grid = panel.getByRole('grid');
  await grid.locator('[data-pos="0"] .cell-text').first().waitFor();
  return { panel, grid };
}

/** Records whose row lies wholly inside the scroll area, below its sticky header. */
async function wholeRowsInView(grid: Locator): Promise<number> {
  return grid.locator('.grid-scroller').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const head = el.querySelector('.grid-header')!.getBoundingClientRect();
    const rows = Array.from(el.querySelectorAll('.grid-rows [role="row"]')).map((r) => r.getBoundingClientRect());
    return rows.filter((r) => r.top >= head.bottom - 0.5 && r.bottom <= box.top + el.clientTop + el.clientHeight + 0.5).length;
  });
}

const people = Array.from({ length: ROWS }, (_, i) => personAt(i));
const indian = (n: number) => n.toLocaleString('en-IN');

describe.skipIf(!hasChromium)(needsChromium('records workspace'), () => {
  it('at 1366×768 shows at least 20 whole records in one scroll area, with the record number sticky when scrolled sideways', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importing(() => [csv]) }));
    const { page } = app;
    const { grid } = await openRecords(page);
    expect(await wholeRowsInView(grid)).toBeGreaterThanOrEqual(20);

    // Only the grid scrolls: nothing around it (panel, case area, main) is a scroll area with anything to scroll.
    const nested = await grid.locator('.grid-scroller').evaluate((el) => {
      const out: string[] = [];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (/(auto|scroll)/.test(s.overflowY) && p.scrollHeight > p.clientHeight + 1) out.push(p.className);
      }
      return out;
    });
    expect(nested).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);

    // Scrolled sideways, the record numbers stay at the left edge while the cells move.
    const scroller = grid.locator('.grid-scroller');
    const row = grid.locator('[data-pos="3"]');
    const before = await row.locator('[role="gridcell"]').first().boundingBox();
    const box = (await scroller.boundingBox())!;
    const left = await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth) && el.scrollLeft);
    expect(left).toBeGreaterThan(100);
    await expect.poll(async () => Math.round((await row.locator('[role="gridcell"]').first().boundingBox())!.x)).toBe(Math.round(before!.x - left));
    const num = (await row.locator('[role="rowheader"]').boundingBox())!;
    expect(Math.abs(num.x - box.x)).toBeLessThan(2);
    expect(await row.locator('[role="rowheader"]').textContent()).toBe('4');
    // Nothing covers it: the element at its centre is the record number itself.
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('role'), [num.x + num.width / 2, num.y + num.height / 2]);
    expect(hit).toBe('rowheader');
    await scroller.evaluate((el) => (el.scrollLeft = 0));
    await readmeShot(page, 'records');
  });

  it('shows the same room in Hindi (records-hi.png)', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, language: 'hi', ...importing(() => [csv]) }));
    const { page } = app;
    const { grid } = await openRecords(page);
    await page.evaluate(() => document.fonts.ready);
    await readmeShot(page, 'records-hi');
    expect(await wholeRowsInView(grid)).toBeGreaterThanOrEqual(20);
  });

  it('sorts numbers as numbers and text as text in the core, checked against orders computed from the generator', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importing(() => [csv]) }));
    const { page } = app;
    const { panel, grid } = await openRecords(page);
    const firstPositions = async (column: number, n = 8) => {
      const out: { record: string; value: string }[] = [];
      for (let p = 0; p < n; p++) {
        const r = grid.locator(`[data-pos="${p}"]`);
        out.push({ record: (await r.locator('[role="rowheader"]').textContent()) ?? '', value: (await r.locator('[role="gridcell"]').nth(column).textContent()) ?? '' });
      }
      return out;
    };
    const order = (key: (i: number) => number | string, dir: 1 | -1) =>
      people
        .map((_, i) => i)
        .sort((a, b) => {
          const x = key(a);
          const y = key(b);
          return x === y ? a - b : (x < y ? -1 : 1) * dir;
        });
    const sortBy = async (name: string) => {
      await grid.getByRole('button', { name: `Sort by ${name}` }).click();
    };

    // Age: ascending, then descending. Ages are numbers; as text, 100 would sort before 18.
    await sortBy('age');
    await expect.poll(async () => grid.locator('[role="columnheader"][aria-sort="ascending"]').count()).toBe(1);
    const ageAsc = order((i) => people[i]!.age, 1).slice(0, 8);
    await expect.poll(async () => (await firstPositions(6)).map((x) => x.record)).toEqual(ageAsc.map((i) => indian(i + 1)));
    expect((await firstPositions(6)).map((x) => x.value)).toEqual(ageAsc.map((i) => String(people[i]!.age)));
    await expect.poll(async () => (await panel.locator('.records-note').textContent()) ?? '').toContain('Sorted by age, ascending (as numbers)');
    await sortBy('age');
    const ageDesc = order((i) => people[i]!.age, -1).slice(0, 8);
    await expect.poll(async () => (await firstPositions(6)).map((x) => x.record)).toEqual(ageDesc.map((i) => indian(i + 1)));

    // City: text.
    await sortBy('city');
    const cityAsc = order((i) => people[i]!.city, 1).slice(0, 8);
    await expect.poll(async () => (await firstPositions(5)).map((x) => x.record)).toEqual(cityAsc.map((i) => indian(i + 1)));
    expect((await firstPositions(5)).map((x) => x.value)).toEqual(cityAsc.map((i) => people[i]!.city));

    // Aadhaar, a redacted column: ordered by the real digits, shown masked.
    await sortBy('aadhaar');
    const idAsc = order((i) => people[i]!.aadhaar, 1).slice(0, 8);
    await expect.poll(async () => (await firstPositions(2)).map((x) => x.record)).toEqual(idAsc.map((i) => indian(i + 1)));
    expect((await firstPositions(2)).map((x) => x.value)).toEqual(idAsc.map((i) => `XXXX XXXX ${people[i]!.aadhaar.slice(-4)}`));
    const html = await page.content();
    for (const i of idAsc) expect(html).not.toContain(people[i]!.aadhaar);
    // Nothing but pages crossed: no reply carried more than a page of rows.
    const replies = app.traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.sortedRows');
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect((r.payload as { value: { rows: unknown[] } }).value.rows.length).toBeLessThanOrEqual(200);

    // The sorts are in the custody log: column and direction, no values.
    const log = await app.host('custody.log', { caseId: app.caseId });
    const sorts = log.entries.filter((e) => e.action === 'evidence.sorted').map((e) => e.summary);
    expect(sorts).toHaveLength(4);
    expect(sorts[0]).toMatch(/by age \(ascending, as numbers\): 3,000 records$/);
    expect(sorts[3]).toMatch(/by aadhaar \(ascending, as text\)/);
  });

  it('resizes and hides columns, kept per item; the details pane shows every field redacted and leads to the logged reveal', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importing(() => [csv, extras[0]!]) }));
    const { page } = app;
    const { panel, grid } = await openRecords(page);
    const head = (name: string) => grid.locator('[role="columnheader"]', { has: page.getByRole('button', { name: `Sort by ${name}` }) });

    // Resize from the keyboard (3 steps of 16 px) and by dragging.
    const nameHandle = grid.getByRole('separator', { name: 'Width of column name' });
    const w0 = Number(await nameHandle.getAttribute('aria-valuenow'));
    await nameHandle.focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    expect(Number(await nameHandle.getAttribute('aria-valuenow'))).toBe(w0 + 48);
    expect(Math.round((await head('name').boundingBox())!.width)).toBe(w0 + 48);
    const hb = (await nameHandle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 + 60, hb.y + hb.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(Number(await nameHandle.getAttribute('aria-valuenow'))).toBe(w0 + 108);

    // Hide e-mail: its header and cells leave the grid.
    await panel.locator('.column-menu summary').click();
    await panel.getByRole('checkbox', { name: 'email' }).uncheck();
    await head('email').waitFor({ state: 'detached' });
    expect(await panel.locator('.column-menu summary').textContent()).toBe('Columns (1 hidden)');
    await panel.locator('.column-menu summary').click();

    // Another item and back: the widths and the hidden column are as left.
    await panel.getByRole('button', { name: 'district_1.csv', exact: true }).click();
    await grid.locator('[data-pos="0"] .cell-text').first().waitFor();
    await openRecords(page);
    expect(Number(await grid.getByRole('separator', { name: 'Width of column name' }).getAttribute('aria-valuenow'))).toBe(w0 + 108);
    expect(await head('email').count()).toBe(0);

    // The details pane: record 6, every field (the hidden e-mail too), each value as the grid masks it.
    const i = 5;
    const p = people[i]!;
    await grid.locator(`[data-pos="${i}"] [role="gridcell"]`).first().click();
    const pane = panel.getByRole('complementary', { name: 'Record details' });
    await pane.getByRole('heading', { name: 'Record 6' }).waitFor();
    const fields = await pane.locator('.record-field').evaluateAll((els) => els.map((e) => [e.getAttribute('data-column'), e.querySelector('.record-value')?.textContent ?? '']));
    expect(fields.map((f) => f[0])).toEqual(['ref', 'name', 'aadhaar', 'mobile', 'email', 'city', 'age']);
    const byName = Object.fromEntries(fields);
    expect(byName.aadhaar).toBe(`XXXX XXXX ${p.aadhaar.slice(-4)}`);
    expect(byName.mobile).toBe(`XXXXXX${p.phone.slice(-4)}`);
    expect(byName.city).toBe(p.city);
    expect(byName.age).toBe(String(p.age));
    expect(await pane.locator('[data-column="email"]').textContent()).toContain('hidden in the grid');
    const text = (await pane.textContent()) ?? '';
    for (const raw of [p.name, p.aadhaar, p.phone, p.email]) expect(text).not.toContain(raw);
    await readmeShot(page, 'record-details');

    // Reveal from the pane: the same dialog, a reason, the raw value for a while, and a custody entry.
    await pane.locator('[data-column="aadhaar"]').getByRole('button', { name: 'Reveal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await dialog.getByText('Record 6, column “aadhaar”').waitFor();
    await dialog.getByLabel('Reason for revealing').fill('Matching the complainant’s Aadhaar for record 6');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await pane.locator('[data-column="aadhaar"] .revealed-value').textContent()).toBe(p.aadhaar);
    await pane.locator('[data-column="aadhaar"]').getByRole('button', { name: 'Hide now' }).click();
    await pane.locator('[data-column="aadhaar"] .revealed-value').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(p.aadhaar);
    const log = await app.host('custody.log', { caseId: app.caseId });
    expect(log.entries.filter((e) => e.action === 'value.revealed').map((e) => e.summary)).toEqual([expect.stringMatching(/record 6, column aadhaar; reason: Matching the complainant’s Aadhaar for record 6$/)]);
  });

  it('moves the split by whole rows, never cutting an item, and shows the source path and file times in the item details', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importing(() => [csv, binary, ...extras]) }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    const wrap = panel.locator('.evidence-list-wrap');
    await wrap.locator('tbody tr').nth(6).waitFor({ state: 'attached' });
    /** Item rows that are partly but not wholly visible inside the list's box (below its sticky header). */
    const cut = () =>
      wrap.evaluate((el) => {
        const bottom = el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
        const head = el.querySelector('thead')!.getBoundingClientRect();
        return Array.from(el.querySelectorAll('tbody tr'))
          .map((r) => r.getBoundingClientRect())
          .filter((r) => r.bottom > head.bottom + 0.5 && r.top < bottom - 0.5 && (r.top < head.bottom - 0.5 || r.bottom > bottom + 0.5)).length;
      });
    const shown = () =>
      wrap.evaluate((el) => {
        const bottom = el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
        const head = el.querySelector('thead')!.getBoundingClientRect();
        return Array.from(el.querySelectorAll('tbody tr')).filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= head.bottom - 0.5 && b.bottom <= bottom + 0.5;
        }).length;
      });
    expect(await cut()).toBe(0);
    expect(await shown()).toBe(3);
    const split = panel.getByRole('separator', { name: 'Size of the evidence list' });
    await split.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await split.getAttribute('aria-valuenow')).toBe('5');
    expect(await shown()).toBe(5);
    expect(await cut()).toBe(0);
    // With seven items and five rows, the list scrolls within its box and snaps to whole rows.
    await wrap.evaluate((el) => el.scrollBy(0, 40));
    await expect.poll(cut).toBe(0);
    expect(await wrap.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // Dragging the handle moves it by rows too.
    const hb = (await split.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2 - 60, { steps: 4 });
    await page.mouse.up();
    expect(await split.getAttribute('aria-valuenow')).toBe('3');
    expect(await cut()).toBe(0);

    // Item details: the source path as imported and the file's modified time, in IST.
    await wrap.evaluate((el) => (el.scrollTop = 0));
    const row = wrap.locator('tbody tr', { hasText: 'cowin_dump_part1.csv' });
    await row.getByRole('button', { name: 'Details' }).click();
    const details = panel.locator('.evidence-details');
    await details.waitFor();
    expect(await details.locator('.source-path').textContent()).toBe(path.resolve(csv));
    expect(await details.locator('.file-time-modified time').getAttribute('datetime')).toBe(CSV_MTIME.toISOString());
    expect(await details.locator('.file-time-modified').textContent()).toContain('12 Jun 2023, 09:35:06 IST');
  });

  it('returns to the same case, tab, item and scroll position after the vault is locked and unlocked', async () => {
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        viewport: VIEWPORT,
        prepare: async (host, caseId, { waitJob }) => {
          await waitJob((await host('evidence.import', { caseId, paths: [csv, binary] })).jobId);
          // A newer case: the app opens on it by default, so returning to the first one proves the place was kept.
          await host('case.create', { title: 'Second complaint', ref: 'DPB/2026/0099' });
        },
      }),
    );
    const { page } = app;
    await page.getByRole('heading', { name: 'Second complaint' }).waitFor();
    await page.getByRole('button', { name: /Alleged CoWIN record exposure/ }).click();
    const { grid } = await openRecords(page);
    const scroller = grid.locator('.grid-scroller');
    await scroller.evaluate((el) => (el.scrollTop = 1200 * 22));
    await grid.locator('[data-pos="1205"] .cell-text').first().waitFor();
    const top = await scroller.evaluate((el) => el.scrollTop);
    await grid.locator('[data-pos="1205"] [role="gridcell"]').nth(1).click();

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    expect(await page.content()).not.toContain('XXXX XXXX');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();

    await page.getByRole('heading', { name: 'Alleged CoWIN record exposure via Telegram bot' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.locator('tr[aria-current="true"]', { hasText: 'cowin_dump_part1.csv' }).waitFor();
    const again = panel.getByRole('grid');
    await again.locator('[data-pos="1205"] .cell-text').first().waitFor();
    expect(await again.locator('.grid-scroller').evaluate((el) => el.scrollTop)).toBe(top);
    expect(await again.locator('[data-pos="1205"] [role="gridcell"]').nth(1).getAttribute('aria-selected')).toBe('true');

    // The tab is kept too.
    await page.getByRole('tab', { name: 'Custody' }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Alleged CoWIN record exposure via Telegram bot' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Custody' }).getAttribute('aria-selected')).toBe('true');
  });

  it('gives verdict cards and heat-map rows only to parsed items; a stored-only item is listed as not analysed with its reason', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, ...importing(() => [csv, binary, extras[0]!]) }));
    const { page } = app;
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Analysis' });
    await panel.getByRole('button', { name: 'Run analysis' }).click();
    await panel.getByRole('article', { name: 'cowin_dump_part1.csv' }).waitFor({ timeout: 60_000 });
    const cards = await panel.getByRole('article').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(cards.sort()).toEqual(['cowin_dump_part1.csv', 'district_1.csv']);
    const heat = (await panel.locator('.overlap').textContent()) ?? '';
    expect(heat).not.toContain('unknown.bin');
    const not = panel.getByRole('region', { name: 'Not analysed' });
    expect(await not.textContent()).toMatch(/unknown\.bin: Stored, not parsed — Why: /);
  });
});
