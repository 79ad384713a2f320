// `sakshya search` runs the case-wide search through the built binary: the planted Aadhaar (test fixture)
// is found typed with spaces in a CSV and both tables of a SQLite registry, printed redacted with the
// match marked, narrowed by --type, and the search is logged with its length and counts only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { TARGET, TARGET_MASKED, TARGET_SPACED, writeSearchCase } from '../fixtures/search/search-case';

const PASS = 'search cli tests';
const env = { SAKSHYA_PASSPHRASE: PASS };
const { dir: root, cleanup } = tempDir('sakshya-search-cli-');
const vault = path.join(root, 'vault');
let caseId = '';

beforeAll(async () => {
  await fixtureVault(vault, PASS, { name: 'Search Examiner' });
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Search case'], { env })).stdout.trim();
  const files = await writeSearchCase(fs.mkdtempSync(path.join(root, 'in-')));
  expect((await sakshya(['import', '--vault', vault, '--case', caseId, files.csv, files.sqlite], { env })).code).toBe(0);
}, 120_000);

afterAll(cleanup);

describe('sakshya search', () => {
  it('prints every match redacted and marked, grouped by item, table and column', async () => {
    const r = await sakshya(['search', '--vault', vault, '--case', caseId, '--query', TARGET_SPACED], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(TARGET);
    expect(r.stdout).not.toContain(TARGET_SPACED);
    expect(r.stdout).toMatch(/^state_registry\.sqlite \(\w+\) \/ beneficiaries \/ aadhaar_number \[IN_AADHAAR\]: 1 match$/m);
    expect(r.stdout).toMatch(/^state_registry\.sqlite \(\w+\) \/ appointments \/ aadhaar \[IN_AADHAAR\]: 1 match$/m);
    expect(r.stdout).toMatch(/^state_registry\.sqlite \(\w+\) \/ appointments \/ remarks: 1 match$/m);
    expect(r.stdout).toMatch(/^vaccination_list\.csv \(\w+\) \/ \S+ \/ aadhaar \[IN_AADHAAR\]: 1 match$/m);
    expect(r.stdout).toContain(`  10\tAadhaar »${TARGET_MASKED}« shown at the desk\n`);
    expect(r.stdout).toContain('4 matches in 4 records; 66 of 66 records of 2 items searched.');
  }, 60_000);

  it('narrows by type, and the custody log keeps the query length and counts only', async () => {
    const r = await sakshya(['search', '--vault', vault, '--case', caseId, '--query', TARGET, '--type', 'NONE', '--json'], { env });
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as { groups: { column: string; hits: { record: number }[] }[]; matches: number };
    expect(res.groups.map((g) => [g.column, g.hits.map((h) => h.record)])).toEqual([['remarks', [10]]]);
    const log = await sakshya(['custody', 'log', '--vault', vault, '--case', caseId, '--json'], { env });
    const searched = (JSON.parse(log.stdout) as { entries: { action: string; details: Record<string, unknown> }[] }).entries.filter((e) => e.action === 'case.searched');
    expect(searched.map((e) => e.details)).toEqual([
      { queryLength: TARGET_SPACED.length, matches: 4, records: 4, scanned: 66, items: 2, tables: 3 },
      { queryLength: TARGET.length, matches: 1, records: 1, scanned: 66, items: 2, tables: 3 },
    ]);
    expect(log.stdout).not.toContain(TARGET.slice(0, 8));
  }, 60_000);
});
