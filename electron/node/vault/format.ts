// Version numbers and file names of the on-disk vault layout.
// Format 2: blob files bound to their ids (chunked-aead version 2) and a rollback anchor (anchor.enc).
// Format 3: custody entries and checkpoints in an append-only encrypted journal (journal.enc) instead of the
// case database, so one write batch costs O(1) however long the log. A format-2 vault is migrated on its first
// write; a format-2 build refuses a format-3 vault (it would not see the journal).
export const VAULT_FORMAT_VERSION = 3;
/** The oldest case database format this build opens (and migrates on the first write). */
export const OLDEST_MIGRATABLE_FORMAT = 2;
export const HEADER_FILE = 'sakshya-vault.hdr';
export const CASE_DB_FILE = 'casedb.enc';
export const BLOB_DIR = 'blobs';
export const LOCK_FILE = 'vault.lock';
export const ANCHOR_FILE = 'anchor.enc';
/** The custody journal: every custody entry and checkpoint, one encrypted record per write batch. */
export const JOURNAL_FILE = 'journal.enc';
/** Blob files no case database row refers to are moved here on unlock, never deleted. */
export const QUARANTINE_DIR = 'quarantine';
/** Encrypted temporary runs of an analysis (electron/node/analysis/spill-store.ts): removed after the run,
 * and on unlock if a crash left them. Never evidence, never referred to by the database. */
export const SPILL_DIR = 'spill';
/** Present only while `vault rekey` runs: the new key, sealed under the old one, so a crash can roll forward. */
export const REKEY_FILE = 'rekey.pending';

/** Error thrown for a damaged or tampered vault file; `file` is the path relative to the vault folder. */
import { SakshyaError } from '../../../shared/api/errors';

export function corrupt(file: string, what: string): SakshyaError {
  return new SakshyaError('VAULT_CORRUPT', `Vault file ${file} failed its integrity check: ${what}. It may have been altered or damaged; nothing was changed.`);
}

export function tooNew(file: string, version: number): SakshyaError {
  return new SakshyaError(
    'VAULT_TOO_NEW',
    `Vault file ${file} was written by a newer version of Sakshya (vault format ${version}; this build reads format ${VAULT_FORMAT_VERSION}). Open it with a newer Sakshya; nothing was changed.`,
  );
}

export function tooOld(file: string, version: number): SakshyaError {
  return new SakshyaError(
    'VAULT_TOO_OLD',
    `Vault file ${file} is in vault format ${version}, which this build no longer opens (format ${OLDEST_MIGRATABLE_FORMAT} and later bind every blob to its id and anchor the case database against rollback). Open the vault with the Sakshya version that made it, export each case (\`sakshya case export\`) and receive it into a new vault; nothing was changed.`,
  );
}

export function rolledBack(what: string): SakshyaError {
  return new SakshyaError(
    'VAULT_CORRUPT',
    `ROLLBACK DETECTED: ${what}. An older copy of a vault file was put back in place of a newer one; it was not opened, so nothing in it was used or changed. Restore the newest casedb.enc, journal.enc and anchor.enc (e.g. from your backup) and unlock again.`,
  );
}
