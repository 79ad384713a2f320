import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Vault } from '../../../electron/node/vault/vault';
import { SecretBuffer } from '../../../electron/node/vault/secret';
import { CASE_DB_FILE, HEADER_FILE } from '../../../electron/node/vault/format';
import { decodeHeader, encodeHeader } from '../../../electron/node/vault/header';
import { SakshyaError } from '../../../shared/api/errors';
import { allFiles, tempDir } from '../../support/cli';

const FAST = { kdf: { memoryKiB: 8192, iterations: 1 } };
const pw = (s: string) => SecretBuffer.fromString(s);
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  const t = tempDir();
  dir = path.join(t.dir, 'vault');
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof SakshyaError ? e.code : `bug: ${String(e)}`;
  }
}

function snapshot(): Map<string, string> {
  return new Map(allFiles(dir).map((f) => [f, fs.readFileSync(f).toString('base64')]));
}

describe('vault', () => {
  it('creates, locks and unlocks, keeping the data', async () => {
    const v = await Vault.create(dir, pw('correct horse'), FAST);
    v.transaction((db) => db.run("INSERT INTO cases VALUES ('c1', 'Title', 'R/1', '2026-01-01T00:00:00.000Z')"));
    v.lock();
    expect(v.isLocked).toBe(true);
    expect(() => v.db).toThrow(/locked/);
    const again = await Vault.unlock(dir, pw('correct horse'));
    expect(again.db.exec('SELECT title FROM cases')[0]?.values).toEqual([['Title']]);
    again.lock();
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and changes no file', async () => {
    (await Vault.create(dir, pw('right'), FAST)).lock();
    const before = snapshot();
    expect(await codeOf(Vault.unlock(dir, pw('wrong')))).toBe('WRONG_PASSPHRASE');
    expect(snapshot()).toEqual(before);
  });

  it('wipes the passphrase buffer it was given only when the caller does, and the key on lock', async () => {
    const p = pw('right');
    const v = await Vault.create(dir, p, FAST);
    expect(p.wiped).toBe(false);
    p.wipe();
    expect(p.wiped).toBe(true);
    v.lock();
    expect(() => v.deriveKey('x')).toThrow(/wiped/);
  });

  it('changes the passphrase by re-wrapping the key: the old one stops working, the data stays', async () => {
    const v = await Vault.create(dir, pw('old pass'), FAST);
    v.transaction((db) => db.run("INSERT INTO cases VALUES ('c1', 'T', '', '2026-01-01T00:00:00.000Z')"));
    expect(await codeOf(v.changePassphrase(pw('not it'), pw('new pass')))).toBe('WRONG_PASSPHRASE');
    await v.changePassphrase(pw('old pass'), pw('new pass'));
    v.lock();
    expect(await codeOf(Vault.unlock(dir, pw('old pass')))).toBe('WRONG_PASSPHRASE');
    const w = await Vault.unlock(dir, pw('new pass'));
    expect(w.db.exec('SELECT id FROM cases')[0]?.values).toEqual([['c1']]);
    w.lock();
  });

  it('counts generations: every save writes the next one', async () => {
    const v = await Vault.create(dir, pw('p'), FAST);
    const g = v.generation;
    v.save();
    v.save();
    expect(v.generation).toBe(g + 2);
    v.lock();
    const w = await Vault.unlock(dir, pw('p'));
    expect(w.generation).toBe(g + 2);
    w.lock();
  });

  it('rolls back a failed transaction in memory and writes nothing', async () => {
    const v = await Vault.create(dir, pw('p'), FAST);
    const before = snapshot();
    expect(() =>
      v.transaction((db) => {
        db.run("INSERT INTO cases VALUES ('c1', 'T', '', 'x')");
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(v.db.exec('SELECT COUNT(*) FROM cases')[0]?.values[0]?.[0]).toBe(0);
    expect(snapshot()).toEqual(before);
    v.lock();
  });

  it('keeps the event log append-only', async () => {
    const v = await Vault.create(dir, pw('p'), FAST);
    v.db.run("INSERT INTO events(case_id, seq, at, actor, action, body) VALUES ('', 0, 'now', 'a', 'x', '{}')");
    expect(() => v.db.run("UPDATE events SET action = 'y'")).toThrow(/append-only/);
    expect(() => v.db.run('DELETE FROM events')).toThrow(/append-only/);
    v.lock();
  });

  it('refuses a vault written by a newer version with a clear message', async () => {
    (await Vault.create(dir, pw('p'), FAST)).lock();
    const file = path.join(dir, HEADER_FILE);
    const h = decodeHeader(fs.readFileSync(file));
    const buf = encodeHeader(h);
    buf.writeUInt16BE(7, 8);
    // Re-seal the checksum so that only the version differs, as a genuine newer vault would.
    const { createHash } = await import('node:crypto');
    createHash('sha256').update(buf.subarray(0, buf.length - 32)).digest().copy(buf, buf.length - 32);
    fs.writeFileSync(file, buf);
    const err = await Vault.unlock(dir, pw('p')).catch((e: unknown) => e as SakshyaError);
    expect((err as SakshyaError).code).toBe('VAULT_TOO_NEW');
    expect((err as SakshyaError).message).toMatch(/newer version of Sakshya \(vault format 7/);
  });

  it('reports a flipped byte anywhere in the header or the case database as VAULT_CORRUPT naming the file', async () => {
    (await Vault.create(dir, pw('p'), FAST)).lock();
    for (const name of [HEADER_FILE, CASE_DB_FILE]) {
      const file = path.join(dir, name);
      const orig = fs.readFileSync(file);
      const positions = [0, 8, 9, 13, 20, Math.floor(orig.length / 2), orig.length - 17, orig.length - 1];
      for (const pos of positions) {
        const buf = Buffer.from(orig);
        buf[pos]! ^= 0x20;
        fs.writeFileSync(file, buf);
        const err = await Vault.unlock(dir, pw('p')).catch((e: unknown) => e);
        expect((err as SakshyaError).code, `${name} @${pos}`).toBe('VAULT_CORRUPT');
        expect((err as SakshyaError).message).toContain(name);
      }
      fs.writeFileSync(file, orig);
    }
  });

  it('does not let a tampered header weaken the KDF', async () => {
    (await Vault.create(dir, pw('p'), FAST)).lock();
    const file = path.join(dir, HEADER_FILE);
    const h = decodeHeader(fs.readFileSync(file));
    h.kdf.memoryKiB = 16;
    fs.writeFileSync(file, encodeHeader(h));
    expect(await codeOf(Vault.unlock(dir, pw('p')))).toBe('VAULT_CORRUPT');
  });

  it('allows one writer at a time', async () => {
    const v = await Vault.create(dir, pw('p'), FAST);
    // Same process id counts as ours only for a stale lock; simulate another live process.
    fs.writeFileSync(path.join(dir, 'vault.lock'), JSON.stringify({ pid: process.ppid }));
    v.lock();
    fs.writeFileSync(path.join(dir, 'vault.lock'), JSON.stringify({ pid: process.ppid }));
    expect(await codeOf(Vault.unlock(dir, pw('p')))).toBe('CONFLICT');
    fs.writeFileSync(path.join(dir, 'vault.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const w = await Vault.unlock(dir, pw('p'));
    w.lock();
  });

  it('refuses to create a vault in a non-empty folder or over an existing vault', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    expect(await codeOf(Vault.create(dir, pw('p'), FAST))).toBe('INVALID_INPUT');
    fs.rmSync(path.join(dir, 'notes.txt'));
    (await Vault.create(dir, pw('p'), FAST)).lock();
    expect(await codeOf(Vault.create(dir, pw('p'), FAST))).toBe('VAULT_EXISTS');
  });
});
