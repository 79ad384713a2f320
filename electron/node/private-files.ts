// Files Sakshya writes outside the vault (report bundles, redacted exports and images, proofs, CASE/UCO
// exports) are the investigator's work product: case titles, evidence names, redacted samples, custody
// details. They are created owner-only (0600) in owner-only folders (0700) whatever the umask, so another
// account on a shared machine cannot read them. Windows ignores these mode bits (its ACLs apply).
import fs from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const posix = process.platform !== 'win32';

/** Creates `dir` (and missing parents) owner-only; a folder that already exists is tightened to 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Writes `file` owner-only (a file that already existed is tightened too). */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  fs.writeFileSync(file, data, { mode: PRIVATE_FILE_MODE });
  if (posix) fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/** Opens a new owner-only file for writing; 'wx' refuses to replace an existing one. */
export function openPrivateFile(file: string): number {
  return fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
}
