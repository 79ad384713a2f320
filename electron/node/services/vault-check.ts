// Full integrity check of an unlocked vault: the header and case database were authenticated on unlock;
// here every evidence blob is read and authenticated chunk by chunk (each is bound to its id, so a file
// swapped with another blob's fails and is named).
import type { Vault } from '../vault/vault';
import { referencedBlobIds } from '../store/blobs';

export interface CheckReport {
  ok: true;
  blobs: number;
  bytes: number;
  orphans: number;
  /** Files in quarantine/ (paths relative to the vault): blob files no database row referred to. */
  quarantined: string[];
  /** The case database's generation, checked on unlock against the rollback anchor. */
  generation: number;
  /** Custody entries in the journal, every record of which was authenticated in its place. */
  journalEntries: number;
}

/** Blob ids the case database refers to. Later layers (evidence) register their tables here. */
export function referencedBlobs(vault: Vault): string[] {
  return referencedBlobIds(vault.db);
}

export function checkVault(vault: Vault): CheckReport {
  const journalEntries = vault.checkJournal();
  const refs = referencedBlobs(vault);
  let bytes = 0;
  for (const id of refs) bytes += vault.checkBlob(id);
  const known = new Set(refs);
  const orphans = vault.listBlobFiles().filter((f) => !known.has(f)).length;
  return { ok: true, blobs: refs.length, bytes, orphans, quarantined: vault.listQuarantine(), generation: vault.generation, journalEntries };
}

/** Moves blob files no database row refers to into quarantine/ and returns where they went. Usually litter
 * from an import that was killed mid-way, but possibly evidence that a restored older database does not know
 * about: never deleted. Only safe while holding the write lock with no import running. */
export function quarantineOrphanBlobs(vault: Vault): string[] {
  const known = new Set(referencedBlobs(vault));
  const moved: string[] = [];
  for (const id of vault.listBlobFiles()) if (!known.has(id)) moved.push(vault.quarantineBlob(id));
  return moved;
}
