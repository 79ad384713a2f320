// Evidence blob files under blobs/ (each bound to its id by the associated data) and the quarantine/ folder
// where unlock moves files no database row refers to: nothing is ever deleted on unlock.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SakshyaError } from '../../../shared/api/errors';
import { fsyncDir } from './atomic-file';
import { BlobReader, BlobWriter, BlobAuthError } from './chunked-aead';
import { BLOB_DIR, corrupt, QUARANTINE_DIR } from './format';

export class BlobStore {
  /** `key` returns the current vault key (it throws once the vault is locked). */
  constructor(
    private readonly dir: string,
    private readonly key: () => Buffer,
  ) {}

  blobPath(blobId: string): string {
    if (!/^[a-f0-9]{32}$/.test(blobId)) throw new SakshyaError('INVALID_INPUT', 'Malformed blob id.');
    return path.join(this.dir, BLOB_DIR, blobId.slice(0, 2), `${blobId}.blob`);
  }

  newBlob(): { blobId: string; writer: BlobWriter } {
    const blobId = randomBytes(16).toString('hex');
    const p = this.blobPath(blobId);
    fs.mkdirSync(path.dirname(p), { recursive: true, mode: 0o700 });
    return { blobId, writer: new BlobWriter(p, this.key(), undefined, Buffer.from(blobId, 'hex')) };
  }

  /** Deletes a blob file that was never committed (cancelled or failed work). */
  removeBlobFile(blobId: string): void {
    fs.rmSync(this.blobPath(blobId), { force: true });
  }

  openBlob(blobId: string): BlobReader {
    const rel = path.relative(this.dir, this.blobPath(blobId));
    try {
      return new BlobReader(this.blobPath(blobId), this.key(), Buffer.from(blobId, 'hex'));
    } catch (e) {
      if (e instanceof BlobAuthError) throw corrupt(rel, e.message);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw corrupt(rel, 'the file is missing');
      throw e;
    }
  }

  /** Authenticates every chunk of a blob; throws VAULT_CORRUPT naming the file. */
  checkBlob(blobId: string): number {
    const r = this.openBlob(blobId);
    const rel = path.relative(this.dir, this.blobPath(blobId));
    try {
      for (let i = 0; i < r.chunkCount; i++) r.readChunk(i);
      return r.size;
    } catch (e) {
      if (e instanceof BlobAuthError) throw corrupt(rel, e.message);
      throw e;
    } finally {
      r.close();
    }
  }

  /**
   * Moves a blob file out of blobs/ into quarantine/ (same folder on the same disk: a rename, then both
   * folders fsynced). Nothing is ever deleted on unlock: a file no database row refers to may be the only copy
   * of evidence that an older database does not know about. Returns the path relative to the vault.
   */
  quarantineBlob(blobId: string): string {
    const from = this.blobPath(blobId);
    const qdir = path.join(this.dir, QUARANTINE_DIR);
    fs.mkdirSync(qdir, { recursive: true, mode: 0o700 });
    let name = `${blobId}.blob`;
    for (let i = 1; fs.existsSync(path.join(qdir, name)); i++) name = `${blobId}.${i}.blob`;
    fs.renameSync(from, path.join(qdir, name));
    fsyncDir(qdir);
    fsyncDir(path.dirname(from));
    return path.join(QUARANTINE_DIR, name);
  }

  /** Files in quarantine/ (paths relative to the vault). */
  listQuarantine(): string[] {
    const qdir = path.join(this.dir, QUARANTINE_DIR);
    if (!fs.existsSync(qdir)) return [];
    return fs
      .readdirSync(qdir)
      .filter((f) => f.endsWith('.blob'))
      .sort()
      .map((f) => path.join(QUARANTINE_DIR, f));
  }

  /** Blob files present on disk. */
  listBlobFiles(): string[] {
    const root = path.join(this.dir, BLOB_DIR);
    if (!fs.existsSync(root)) return [];
    const out: string[] = [];
    for (const sub of fs.readdirSync(root)) {
      const d = path.join(root, sub);
      if (!fs.statSync(d).isDirectory()) continue;
      for (const f of fs.readdirSync(d)) if (f.endsWith('.blob')) out.push(f.slice(0, -5));
    }
    return out;
  }
}
