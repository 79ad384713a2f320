// A CSV without a header row, imported through the bridge: its first record is read as the column names, and
// the grid's header row, column menu, record details and reveal dialog show those names masked. No page text
// and no bridge reply holds the record's Aadhaar number, mobile, e-mail or name; sorting by the masked column
// works (the request names it by index).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/app-fixtures';
import type { HostCall } from './support/bridge';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';
import { HEADER_PERSON, headerSecrets, headerlessPeopleCsv } from '../fixtures/ingest/headerless-people';

const NAME = 'no_header_dump.csv';
let csv = '';
const suite = e2eSuite({
  name: 'header-leak',
  prepare: (dir) => {
    csv = path.join(dir, NAME);
    fs.writeFileSync(csv, headerlessPeopleCsv(12));
  },
});

const importing = () => ({
  prepare: async (host: HostCall, caseId: string, app: { waitJob(jobId: string): Promise<void> }) =>
    app.waitJob((await host('evidence.import', { caseId, paths: [csv] })).jobId),
});

describe.skipIf(!hasChromium)(needsChromium('column names of a file without a header row'), () => {
  it('shows the header record masked in the grid, the column menu and the record details, and never in plain text', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, ...importing() }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: NAME, exact: true }).click();
    const grid = panel.getByRole('grid');
    await grid.locator('[data-pos="0"] .cell-text').first().waitFor();

    const heads = await grid.locator('[role="columnheader"] .grid-colname').allTextContents();
    // UIDAI's display convention for the Aadhaar, written by hand; the record's other fields only by place.
    expect(heads).toContain(`XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}`);
    expect(heads).toContain('column_2');

    // Sort by the masked Aadhaar column: the request names the column by index, the header says ascending.
    await grid.getByRole('button', { name: `Sort by XXXX XXXX ${HEADER_PERSON.aadhaar.slice(-4)}` }).click();
    await expect.poll(async () => grid.locator('[role="columnheader"][aria-sort="ascending"]').count()).toBe(1);
    const sorts = app.traffic.filter((r) => r.direction === 'request' && r.method === 'evidence.sortedRows');
    expect(sorts.length).toBeGreaterThan(0);
    for (const s of sorts) expect(typeof (s.payload as { column: unknown }).column).toBe('number');

    // The column menu and the record details list the columns too.
    await panel.locator('.column-menu summary').click();
    await grid.locator('[data-pos="0"] [role="gridcell"]').first().click();
    await page.keyboard.press('Enter');

    const text = (await page.textContent('body')) ?? '';
    const traffic = JSON.stringify(app.traffic.filter((r) => r.direction !== 'request'));
    for (const s of headerSecrets()) {
      expect(text, 'page text').not.toContain(s);
      expect(traffic, 'bridge replies').not.toContain(s);
    }
    await app.screenshot('header-leak');
  });
});
