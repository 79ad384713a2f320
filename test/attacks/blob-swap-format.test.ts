// The id binding underneath attack 4, at the level of the blob format, and what happens to vaults written
// before it (format 1): they are refused with a clear VAULT_TOO_OLD error, never read without the binding.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BlobAuthError, BlobReader, BlobWriter } from '../../electron/node/vault/chunked-aead';
import { open as aeadOpen, seal } from '../../electron/node/vault/aead';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';
import { SakshyaError } from '../../shared/api/errors';
import { tempDir } from '../support/cli';
import { KDF, PASS } from './support/vault-common';

const { dir: root, cleanup } = tempDir('sakshya-blobfmt-');
afterAll(() => cleanup());
const key = randomBytes(32);

function write(name: string, data: Buffer, id?: Buffer): string {
  const p = path.join(root, name);
  const w = new BlobWriter(p, key, 4096, id);
  w.write(data);
  w.close();
  return p;
}

function readError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BlobAuthError);
    return (e as Error).message;
  }
  throw new Error('expected a BlobAuthError');
}

describe('blobs bound to their ids', () => {
  const data = randomBytes(10_000);
  const idX = randomBytes(16);
  const idY = randomBytes(16);

  it('reads a blob under the id it was written for', () => {
    const r = new BlobReader(write('x.blob', data, idX), key, idX);
    expect(r.read(0, r.size).equals(data)).toBe(true);
    r.close();
  });

  it('refuses a blob written for another id', () => {
    const p = write('x2.blob', data, idX);
    expect(readError(() => new BlobReader(p, key, idY))).toMatch(/belongs to another blob id/);
  });

  it('refuses a header edited to claim the expected id: the id is key-derivation salt and associated data', () => {
    const p = write('x3.blob', data, idX);
    const buf = fs.readFileSync(p);
    idY.copy(buf, 14);
    fs.writeFileSync(p, buf);
    expect(readError(() => new BlobReader(p, key, idY))).toMatch(/authentication failed/);
  });

  it('refuses an unbound (format 1) blob where an id is expected', () => {
    const p = write('old.blob', data);
    expect(readError(() => new BlobReader(p, key, idX))).toMatch(/not bound to its id/);
  });
});

describe('vaults of format 1', () => {
  it('are refused with VAULT_TOO_OLD naming the file and the way out', async () => {
    const dir = path.join(root, 'v1');
    (await Vault.create(dir, SecretBuffer.fromString(PASS), { kdf: KDF })).lock();
    // Re-seal the case database as format 1 would have (the version field is authenticated, so this needs the key).
    const header = Vault.readHeader(dir);
    const k = await Vault.unwrapKey(header, SecretBuffer.fromString(PASS));
    const file = path.join(dir, 'casedb.enc');
    const buf = fs.readFileSync(file);
    const aad = (pre: Buffer) => Buffer.concat([pre.subarray(0, 18), Buffer.from(`:${header.vaultId}:casedb`, 'utf8')]);
    const plain = aeadOpen(k.bytes, buf.subarray(18, 30), buf.subarray(30), aad(buf))!;
    const pre = Buffer.from(buf.subarray(0, 30));
    pre.writeUInt16BE(1, 8);
    fs.writeFileSync(file, Buffer.concat([pre, seal(k.bytes, pre.subarray(18), plain, aad(pre))]));
    k.wipe();
    const err = await Vault.unlock(dir, SecretBuffer.fromString(PASS)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SakshyaError);
    expect((err as SakshyaError).code).toBe('VAULT_TOO_OLD');
    expect((err as SakshyaError).message).toMatch(/casedb\.enc is in vault format 1.*case export/);
  });
});
