// `sakshya report --items`: a report of some of the case's items, by ID. The manifest and the PDF name only
// those items, the bundle verifies; an ID that is not an item of the case is refused and nothing is written.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';

const env = { SAKSHYA_PASSPHRASE: 'report items from the cli' };
const hasChromium = fs.existsSync('/usr/bin/chromium') && fs.existsSync('/usr/bin/pdftotext');
const CSV = { 'alpha.csv': 'name,city\nAsha,Pune\nRavi,Nagpur\n', 'beta.csv': 'name,city\nMeera,Kochi\n' };
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-report-items-cli-'));
  vault = path.join(root, 'v');
  await fixtureVault(vault, env.SAKSHYA_PASSPHRASE, { name: 'Report Examiner', organisation: 'Test Lab' });
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Two samples'], { env })).stdout.trim();
  const paths = Object.entries(CSV).map(([name, text]) => {
    const p = path.join(root, name);
    fs.writeFileSync(p, text);
    return p;
  });
  const r = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', ...paths], { env });
  expect(r.code, r.stderr).toBe(0);
  const list = JSON.parse((await sakshya(['evidence', 'list', '--vault', vault, '--case', caseId, '--json'], { env })).stdout) as { evidenceId: string; name: string }[];
  ids = Object.fromEntries(list.map((e) => [e.name, e.evidenceId]));
}, 300_000);
afterAll(() => cleanup());

describe('sakshya report --items', () => {
  it('refuses an ID that is not an item of the case, naming it, and writes nothing', async () => {
    const out = path.join(root, 'refused');
    const r = await sakshya(['report', '--vault', vault, '--case', caseId, '--out', out, '--items', `${ids['alpha.csv']},e0nothere00`], { env });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Item "e0nothere00" is not in case/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it.skipIf(!hasChromium)('writes a report of the items named, which verifies and names no other item', async () => {
    const out = path.join(root, 'beta-only');
    const r = await sakshya(['report', '--vault', vault, '--case', caseId, '--out', out, '--items', ids['beta.csv']!, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { items: { id: string; sha256: string }[] };
    expect(manifest.items.map((i) => [i.id, i.sha256])).toEqual([[ids['beta.csv'], sha(CSV['beta.csv'])]]);
    const text = execFileSync('pdftotext', [path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('beta.csv');
    expect(text).not.toContain('alpha.csv');
    expect(text.replace(/\s+/g, '')).not.toContain(sha(CSV['alpha.csv']));
    const key = path.join(root, 'examiner.pub');
    expect((await sakshya(['examiner', 'key', '--vault', vault, '--out', key], { env })).code).toBe(0);
    const v = await sakshya(['verify-report', out, '--key', key], { env });
    expect(v.code, v.stderr).toBe(0);
  }, 180_000);
});
