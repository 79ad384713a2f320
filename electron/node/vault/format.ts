// Version numbers and file names of the on-disk vault layout.
// Format 2: blob files bound to their ids (chunked-aead version 2) and a rollback anchor (anchor.enc).
export const VAULT_FORMAT_VERSION = 2;
export const HEADER_FILE = 'sakshya-vault.hdr';
export const CASE_DB_FILE = 'casedb.enc';
export const BLOB_DIR = 'blobs';
export const LOCK_FILE = 'vault.lock';
export const ANCHOR_FILE = 'anchor.enc';
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
    `Vault file ${file} is in vault format ${version}, which this build no longer opens (format ${VAULT_FORMAT_VERSION} binds every blob to its id and anchors the case database against rollback). Open the vault with the Sakshya version that made it, export each case (\`sakshya case export\`) and receive it into a new vault; nothing was changed.`,
  );
}

export function rolledBack(what: string): SakshyaError {
  return new SakshyaError(
    'VAULT_CORRUPT',
    `ROLLBACK DETECTED: ${what}. An older copy of the case database was put back in place of a newer one; it was not opened, so nothing in it was used or changed. Restore the newest casedb.enc (e.g. from your backup) and unlock again.`,
  );
}
