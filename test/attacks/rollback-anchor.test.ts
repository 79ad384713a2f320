// The rollback anchor itself: what a crash can leave (an anchor one generation behind: accepted and caught up)
// versus what only tampering leaves (a database behind its anchor: refused).
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';
import { readAnchor } from '../../electron/node/vault/anchor';
import { SakshyaError } from '../../shared/api/errors';
import { tempDir } from '../support/cli';
import { KDF, PASS } from './support/vault-common';

const { dir: root, cleanup } = tempDir('sakshya-anchor-');
afterAll(() => cleanup());
const pw = () => SecretBuffer.fromString(PASS);

async function unlockError(dir: string): Promise<SakshyaError> {
  try {
    (await Vault.unlock(dir, pw())).lock();
  } catch (e) {
    return e as SakshyaError;
  }
  throw new Error('expected the unlock to be refused');
}

async function anchorGeneration(dir: string): Promise<number> {
  const h = Vault.readHeader(dir);
  const k = await Vault.unwrapKey(h, pw());
  const a = readAnchor(dir, k.bytes, h.vaultId)!;
  k.wipe();
  return a.generation;
}

describe('rollback anchor', () => {
  it('accepts an anchor one generation behind (a crash between the two writes) and brings it up to date', async () => {
    const dir = path.join(root, 'crash');
    const v = await Vault.create(dir, pw(), { kdf: KDF });
    const anchorBefore = fs.readFileSync(path.join(dir, 'anchor.enc'));
    v.transaction((db) => db.run("INSERT INTO cases VALUES ('c1', 'Synthetic', '', '2026-01-01T00:00:00.000Z')"));
    const gen = v.generation;
    v.lock();
    fs.writeFileSync(path.join(dir, 'anchor.enc'), anchorBefore);
    expect(await anchorGeneration(dir)).toBe(gen - 1);
    const again = await Vault.unlock(dir, pw());
    expect(again.generation).toBe(gen);
    again.lock();
    expect(await anchorGeneration(dir)).toBe(gen);
  });

  it('refuses a database older than the anchor, naming both generations; the files are left as they were', async () => {
    const dir = path.join(root, 'rolled');
    const v = await Vault.create(dir, pw(), { kdf: KDF });
    const oldDb = fs.readFileSync(path.join(dir, 'casedb.enc'));
    v.transaction((db) => db.run("INSERT INTO cases VALUES ('c1', 'Synthetic', '', '2026-01-01T00:00:00.000Z')"));
    v.transaction((db) => db.run("INSERT INTO cases VALUES ('c2', 'Synthetic', '', '2026-01-01T00:00:00.000Z')"));
    v.lock();
    fs.writeFileSync(path.join(dir, 'casedb.enc'), oldDb);
    const anchor = fs.readFileSync(path.join(dir, 'anchor.enc'));
    const e = await unlockError(dir);
    expect(e.code).toBe('VAULT_CORRUPT');
    expect(e.message).toMatch(/ROLLBACK DETECTED: casedb\.enc is generation 1, but the vault's anchor records generation 3/);
    expect(fs.readFileSync(path.join(dir, 'anchor.enc')).equals(anchor)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'casedb.enc')).equals(oldDb)).toBe(true);
  });

  it('refuses an anchor from another vault (sealed under another key)', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    (await Vault.create(a, pw(), { kdf: KDF })).lock();
    (await Vault.create(b, pw(), { kdf: KDF })).lock();
    fs.copyFileSync(path.join(b, 'anchor.enc'), path.join(a, 'anchor.enc'));
    const e = await unlockError(a);
    expect(e.code).toBe('VAULT_CORRUPT');
    expect(e.message).toMatch(/anchor\.enc failed its integrity check/);
  });
});
