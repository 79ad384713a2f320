// `vault rekey`: re-encrypts every file of the vault under a new random vault key, so that an old copy of the
// header (and the passphrase that opened it) no longer opens anything current. `vault passwd` alone only
// re-wraps the same key.
//
// Crash safety: the new key is first written to rekey.pending, sealed under a key derived from the OLD vault
// key, together with the new header. Then each blob, the custody journal, the case database and the anchor
// are re-encrypted (each by an atomic replace; the anchor then records the journal's new last tag), and the new header is written last; then rekey.pending is removed. Until the
// header is replaced the old passphrase + old header unwrap the old key, which opens rekey.pending and lets
// unlock finish the job (every file is either still under the old key or already under the new one, and the
// roll-forward tells which by authenticating it). After the header is replaced every file is under the new
// key. So a kill at any point leaves a vault that opens, never one that opens with neither key.
import fs from 'node:fs';
import path from 'node:path';
import { hkdfSync, randomBytes } from 'node:crypto';
import { open as aeadOpen, seal, randomNonce, NONCE_BYTES } from './aead';
import { fsyncDir, writeFileAtomic } from './atomic-file';
import { readAnchor, writeAnchor } from './anchor';
import { BlobAuthError, BlobReader, BlobWriter } from './chunked-aead';
import { reencryptCaseDb } from './case-db-file';
import { BLOB_DIR, corrupt, HEADER_FILE, QUARANTINE_DIR, REKEY_FILE } from './format';
import { decodeHeader, type VaultHeader } from './header';
import { Journal } from './journal';
import { SecretBuffer } from './secret';
import { WriteLock } from './write-lock';

const MAGIC = Buffer.from('SAKSHYAR', 'ascii');
const PRE = 8 + 2 + NONCE_BYTES;
const TMP = '.rekey-tmp';

/** Where a running rekey is; tests kill the process from this hook to prove every point is recoverable. */
export type RekeyStep =
  | { step: 'start' }
  | { step: 'pending' }
  | { step: 'blob-written'; file: string; done: number; total: number } // new copy fsynced, not yet renamed over
  | { step: 'blob'; file: string; done: number; total: number }
  | { step: 'journal' }
  | { step: 'casedb' }
  | { step: 'anchor' }
  | { step: 'header' }
  | { step: 'done' };

export interface RekeyReport {
  /** Blob files (referenced and quarantined) now under the new key. */
  blobs: number;
  /** Files that authenticate under neither key (damaged litter): left as they are, listed relative to the vault. */
  unreadable: string[];
}

function pendingKey(oldKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', oldKey, Buffer.alloc(0), 'sakshya:rekey-pending', 32));
}

function pendingAad(pre: Buffer, vaultId: string): Buffer {
  return Buffer.concat([pre.subarray(0, 10), Buffer.from(`:${vaultId}:rekey`, 'utf8')]);
}

export function writePending(dir: string, vaultId: string, oldKey: Buffer, newKey: Buffer, newHeader: Buffer): void {
  const pre = Buffer.alloc(PRE);
  MAGIC.copy(pre, 0);
  pre.writeUInt16BE(1, 8);
  randomNonce().copy(pre, 10);
  const body = Buffer.from(JSON.stringify({ key: newKey.toString('base64'), header: newHeader.toString('base64') }), 'utf8');
  const k = pendingKey(oldKey);
  const sealed = seal(k, pre.subarray(10), body, pendingAad(pre, vaultId));
  k.fill(0);
  body.fill(0);
  writeFileAtomic(path.join(dir, REKEY_FILE), Buffer.concat([pre, sealed]));
}

/** The new key and header from rekey.pending, or null when it does not open under `key` (it was sealed under
 * the old key: the header already holds the new one and only the removal of the file was interrupted). */
export function readPending(dir: string, vaultId: string, key: Buffer): { newKey: Buffer; newHeader: Buffer } | null {
  const buf = fs.readFileSync(path.join(dir, REKEY_FILE));
  if (buf.length < PRE + 16 || !buf.subarray(0, 8).equals(MAGIC)) return null;
  const k = pendingKey(key);
  const plain = aeadOpen(k, buf.subarray(10, PRE), buf.subarray(PRE), pendingAad(buf, vaultId));
  k.fill(0);
  if (!plain) return null;
  const b = JSON.parse(plain.toString('utf8')) as { key: string; header: string };
  plain.fill(0);
  return { newKey: Buffer.from(b.key, 'base64'), newHeader: Buffer.from(b.header, 'base64') };
}

export function removePending(dir: string): void {
  fs.rmSync(path.join(dir, REKEY_FILE), { force: true });
  fsyncDir(dir);
}

/** Every blob file of the vault: referenced ones under blobs/ and quarantined ones. */
function blobFiles(dir: string): { file: string; id: Buffer }[] {
  const out: { file: string; id: Buffer }[] = [];
  const root = path.join(dir, BLOB_DIR);
  const add = (d: string) => {
    for (const f of fs.readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (f.endsWith(TMP)) fs.rmSync(p, { force: true }); // a copy a killed rekey did not finish
      else if (/^[a-f0-9]{32}(\.\d+)?\.blob$/.test(f)) out.push({ file: p, id: Buffer.from(f.slice(0, 32), 'hex') });
    }
  };
  if (fs.existsSync(root)) for (const sub of fs.readdirSync(root).sort()) if (fs.statSync(path.join(root, sub)).isDirectory()) add(path.join(root, sub));
  if (fs.existsSync(path.join(dir, QUARANTINE_DIR))) add(path.join(dir, QUARANTINE_DIR));
  return out;
}

function opens(file: string, key: Buffer, id: Buffer): BlobReader | null {
  try {
    return new BlobReader(file, key, id);
  } catch (e) {
    if (e instanceof BlobAuthError) return null;
    throw e;
  }
}

/** Re-encrypts whatever is still under `oldKey`, writes the new header, removes rekey.pending. Idempotent. */
export function rollForward(
  dir: string,
  vaultId: string,
  oldKey: Buffer,
  newKey: Buffer,
  newHeader: Buffer,
  onStep: (s: RekeyStep) => void = () => undefined,
): RekeyReport {
  const files = blobFiles(dir);
  const unreadable: string[] = [];
  let done = 0;
  for (const { file, id } of files) {
    const rel = path.relative(dir, file);
    const already = opens(file, newKey, id);
    if (already) {
      already.close();
    } else {
      const r = opens(file, oldKey, id);
      if (!r) {
        unreadable.push(rel);
        continue;
      }
      const tmp = `${file}.${randomBytes(4).toString('hex')}${TMP}`;
      const w = new BlobWriter(tmp, newKey, r.chunkSize, id);
      try {
        for (const chunk of r.stream()) w.write(chunk);
        w.close();
      } catch (e) {
        w.abort();
        throw e;
      } finally {
        r.close();
      }
      onStep({ step: 'blob-written', file: rel, done, total: files.length });
      fs.renameSync(tmp, file);
      fsyncDir(path.dirname(file));
    }
    done++;
    onStep({ step: 'blob', file: rel, done, total: files.length });
  }
  Journal.reencryptFile(dir, vaultId, oldKey, newKey);
  onStep({ step: 'journal' });
  reencryptCaseDb(dir, vaultId, oldKey, newKey);
  onStep({ step: 'casedb' });
  if (!readAnchor(dir, newKey, vaultId)) {
    const a = readAnchor(dir, oldKey, vaultId);
    if (!a) throw corrupt('anchor.enc', 'authentication failed under the old and the new key');
    // Re-encryption keeps every record's place and length; only the tags change.
    if (a.journal) a.journal = { ...a.journal, tag: Journal.tagOf(dir, a.journal.records, a.journal.bytes) };
    writeAnchor(dir, newKey, vaultId, a);
  }
  onStep({ step: 'anchor' });
  writeFileAtomic(path.join(dir, HEADER_FILE), newHeader);
  onStep({ step: 'header' });
  removePending(dir);
  onStep({ step: 'done' });
  return { blobs: done, unreadable };
}

/** Unlock found rekey.pending: a rekey was interrupted. Rolls it forward (the header still holds the old key)
 * or just drops the file (the header already holds the new key, so every file is under it). */
export function finishRekey(dir: string, header: VaultHeader, key: SecretBuffer): { header: VaultHeader; key: SecretBuffer } {
  const lock = WriteLock.acquire(dir);
  try {
    const p = readPending(dir, header.vaultId, key.bytes);
    if (!p) {
      removePending(dir);
      return { header, key };
    }
    rollForward(dir, header.vaultId, key.bytes, p.newKey, p.newHeader);
    key.wipe();
    return { header: decodeHeader(p.newHeader), key: new SecretBuffer(p.newKey) };
  } finally {
    lock.release();
  }
}
