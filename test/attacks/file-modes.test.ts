// Report bundles, redacted exports and proofs leave the vault in plain files. With the usual umask (022)
// they were created 0644 in 0755 folders: any other account on a shared analysis machine could read the
// case's report, custody log and redacted samples. They are now 0600 in 0700 folders.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { chromiumAvailable } from '../../electron/node/report/pdf-chromium';
import { makePrivateDir, writePrivateFile } from '../../electron/node/private-files';

const PASS = 'File modes: owner-only report bundles 2026';
const env = { SAKSHYA_PASSPHRASE: PASS };
const posix = process.platform !== 'win32';
const mode = (p: string): string => (fs.statSync(p).mode & 0o777).toString(8);

let root: string;
let cleanup: () => void;
let vault: string;
let caseId: string;
let evidenceId: string;
let oldUmask: number;

beforeAll(async () => {
  oldUmask = process.umask(0o022); // the common default; the CLI children inherit it
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, PASS);
  caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Modes'], { env })).stdout.trim();
  const csv = path.join(root, 'people.csv');
  fs.writeFileSync(csv, 'name,city\nAsha Verma,Pune\nRavi Kumar,Agra\n');
  const imp = await sakshya(['import', '--vault', vault, '--case', caseId, '--json', csv], { env });
  expect(imp.code).toBe(0);
  evidenceId = (JSON.parse(imp.stdout) as { evidenceId: string }[])[0]!.evidenceId;
}, 600_000);
afterAll(() => {
  process.umask(oldUmask);
  cleanup();
});

describe.skipIf(!posix)('files written outside the vault are owner-only', () => {
  it('makePrivateDir/writePrivateFile give 0700/0600, also to a folder or file that already existed', () => {
    const d = path.join(root, 'pre', 'nested');
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(d, 'f'), 'x', { mode: 0o644 });
    makePrivateDir(d);
    writePrivateFile(path.join(d, 'f'), 'y');
    expect(mode(d)).toBe('700');
    expect(mode(path.join(d, 'f'))).toBe('600');
    makePrivateDir(path.join(root, 'fresh', 'a', 'b'));
    expect(mode(path.join(root, 'fresh'))).toBe('700');
    expect(mode(path.join(root, 'fresh', 'a', 'b'))).toBe('700');
  }, 600_000);

  it('redacted export, inclusion proof and CASE/UCO export are 0600', async () => {
    const exp = path.join(root, 'export.csv');
    expect((await sakshya(['export', '--vault', vault, '--case', caseId, '--evidence', evidenceId, '--format', 'csv', '--out', exp], { env })).code).toBe(0);
    const proof = path.join(root, 'proof.json');
    expect((await sakshya(['custody', 'prove', '--vault', vault, '--case', caseId, '--entry', '0', '--out', proof], { env })).code).toBe(0);
    const jsonld = path.join(root, 'case.jsonld');
    expect((await sakshya(['custody', 'export', '--vault', vault, '--case', caseId, '--format', 'case-jsonld', '--out', jsonld], { env })).code).toBe(0);
    const modes = [exp, proof, jsonld].map(mode);
    expect(modes).toEqual(['600', '600', '600']);
    console.log(`file modes: export, proof and CASE/UCO export written ${modes.join('/')} under umask 022`);
  }, 600_000);

  it.skipIf(!chromiumAvailable())('a report bundle folder is 0700 and every file in it 0600', async () => {
    const out = path.join(root, 'reports', 'r1');
    const r = await sakshya(['report', '--vault', vault, '--case', caseId, '--out', out], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(mode(out)).toBe('700');
    const files = fs.readdirSync(out);
    expect(files).toContain('report.pdf');
    for (const f of files) expect(`${f} ${mode(path.join(out, f))}`).toBe(`${f} 600`);
    console.log(`file modes: report folder ${mode(out)}, ${files.length} bundle files all 600 under umask 022`);
  }, 600_000);
});
