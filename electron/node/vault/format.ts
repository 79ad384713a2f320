// Version numbers and file names of the on-disk vault layout.
export const VAULT_FORMAT_VERSION = 1;
export const HEADER_FILE = 'sakshya-vault.hdr';
export const CASE_DB_FILE = 'casedb.enc';
export const BLOB_DIR = 'blobs';
export const LOCK_FILE = 'vault.lock';

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
