// Issue #14, attack 4: blob files were not bound to their ids, so swapping two row stores showed one sample's
// records under the other while `vault check` and `verify` passed. Now every vault blob carries its id in its
// header (associated data and key derivation), so a swapped file fails and is named.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { blobFile, env } from './support/vault-common';
import { buildSwapVault, swapFiles, type SwapVault } from './support/vault-blob-swap';

let root: string;
let cleanup: () => void;
let built: SwapVault;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-attack4-'));
  built = await buildSwapVault(root);
}, 120_000);
afterAll(() => cleanup());

function copyVault(name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(built.dir, dir, { recursive: true });
  return dir;
}

const rel = (id: string) => path.join('blobs', id.slice(0, 2), `${id}.blob`);

describe('attack 4: swapping blob files', () => {
  it('the untouched vault shows each sample’s own rows', async () => {
    const rows = await sakshya(['rows', '--vault', built.dir, '--case', built.caseId, '--evidence', built.a.evidenceId, '--json'], { env });
    expect(rows.code, rows.stderr).toBe(0);
    expect(rows.stdout).toContain('"alpha"');
    expect(rows.stdout).not.toContain('beta');
  }, 60_000);

  it('swapped row stores: rows, vault check and verify refuse (exit 3) and name the file', async () => {
    const dir = copyVault('swap-rows');
    expect(built.a.rowsBlob).not.toBe(built.a.originalBlob);
    swapFiles(dir, built.a.rowsBlob, built.b.rowsBlob);
    const rows = await sakshya(['rows', '--vault', dir, '--case', built.caseId, '--evidence', built.a.evidenceId, '--json'], { env });
    expect(rows.code).toBe(3);
    expect(rows.stdout).not.toContain('beta');
    expect(rows.stderr).toContain(rel(built.a.rowsBlob));
    expect(rows.stderr).toMatch(/belongs to another blob id/);
    const check = await sakshya(['vault', 'check', '--vault', dir], { env });
    expect(check.code).toBe(3);
    expect([rel(built.a.rowsBlob), rel(built.b.rowsBlob)].some((f) => check.stderr.includes(f))).toBe(true);
    const verify = await sakshya(['verify', '--vault', dir, '--case', built.caseId], { env });
    expect(verify.code).toBe(3);
    expect([rel(built.a.rowsBlob), rel(built.b.rowsBlob)].some((f) => verify.stderr.includes(f))).toBe(true);
    console.log(`attack 4: swapped row stores refused by rows, vault check and verify (exit ${verify.code}), file named`);
  }, 120_000);

  it('swapped originals: verify and vault check refuse (exit 3) and name the file', async () => {
    const dir = copyVault('swap-originals');
    swapFiles(dir, built.a.originalBlob, built.b.originalBlob);
    const verify = await sakshya(['verify', '--vault', dir, '--case', built.caseId], { env });
    expect(verify.code).toBe(3);
    expect(verify.stderr).toContain(rel(built.a.originalBlob));
    const check = await sakshya(['vault', 'check', '--vault', dir], { env });
    expect(check.code).toBe(3);
    console.log(`attack 4b: swapped evidence originals refused by verify and vault check (exit ${check.code})`);
  }, 120_000);

  it('a blob file copied under another id (a renamed file) is refused the same way', async () => {
    const dir = copyVault('renamed');
    fs.copyFileSync(blobFile(dir, built.b.rowsBlob), blobFile(dir, built.a.rowsBlob));
    const rows = await sakshya(['rows', '--vault', dir, '--case', built.caseId, '--evidence', built.a.evidenceId], { env });
    expect(rows.code).toBe(3);
    expect(rows.stderr).toContain(rel(built.a.rowsBlob));
  }, 60_000);
});
