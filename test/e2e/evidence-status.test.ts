// Issue #16, problem 4: an item that is stored but not parsed says so (it does not claim to have vanished),
// and a file whose bytes are already in the case is named in the import's outcome instead of being
// counted as added.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/app-fixtures';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';

const NAMES = ['district_list.csv', 'unknown.bin', 'district_list_copy.csv'];
const suite = e2eSuite({
  name: 'status',
  prepare: (dir) => {
    const csv = 'ref,district\nR-1,Pune\nR-2,Nagpur\n';
    fs.writeFileSync(path.join(dir, 'district_list.csv'), csv);
    fs.writeFileSync(path.join(dir, 'district_list_copy.csv'), csv);
    // Bytes of no format Sakshya reads: stored and hashed, not parsed.
    fs.writeFileSync(path.join(dir, 'unknown.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)));
  },
});

describe.skipIf(!hasChromium)(needsChromium('evidence statuses'), () => {
  it('names a duplicate file in the outcome, and shows a stored-only item as stored rather than missing', async () => {
    const app = suite.track(await openCase({ browser: suite.browser }));
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    app.picks = NAMES.map((n) => path.join(suite.dir, n));
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
