// Full integrity check of an unlocked vault: the header and case database were authenticated on unlock;
// here every evidence blob is read and authenticated chunk by chunk.
import fs from 'node:fs';
import type { Vault } from '../vault/vault';

export interface CheckReport {
  ok: true;
  blobs: number;
  bytes: number;
  orphans: number;
}

/** Blob ids the case database refers to. Later layers (evidence) register their tables here. */
export function referencedBlobs(vault: Vault): string[] {
  const tables = vault.db.exec("SELECT name FROM sqlite_master WHERE type='table' AND name='blobs'");
  if (tables.length === 0) return [];
  return (vault.db.exec('SELECT blob_id FROM blobs ORDER BY blob_id')[0]?.values ?? []).map((r) => String(r[0]));
}

export function checkVault(vault: Vault): CheckReport {
  const refs = referencedBlobs(vault);
  let bytes = 0;
  for (const id of refs) bytes += vault.checkBlob(id);
  const known = new Set(refs);
  const orphans = vault.listBlobFiles().filter((f) => !known.has(f)).length;
  return { ok: true, blobs: refs.length, bytes, orphans };
}

/** Deletes blob files no evidence refers to: litter from an import that was killed mid-way. They are
 * encrypted, so this is tidiness, not secrecy. Only safe while holding the write lock with no import running. */
export function sweepOrphanBlobs(vault: Vault): number {
  const known = new Set(referencedBlobs(vault));
  let n = 0;
  for (const id of vault.listBlobFiles()) {
    if (!known.has(id)) {
      fs.rmSync(vault.blobPath(id), { force: true });
      n++;
    }
  }
  return n;
}
