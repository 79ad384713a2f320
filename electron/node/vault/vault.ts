// The vault: a folder holding a header (KDF parameters, wrapped key), the encrypted case database and
// encrypted evidence blobs. Passphrase → Argon2id → key-encryption key → unwraps a random 256-bit vault key.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID, hkdfSync } from 'node:crypto';
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';
import { removeStaleTemps, writeFileAtomic } from './atomic-file';
import type { BlobReader, BlobWriter } from './chunked-aead';
import { BlobStore } from './blob-store';
import { loadCaseDb, writeCaseDb } from './case-db-file';
import { ANCHOR_FILE, BLOB_DIR, corrupt, HEADER_FILE, OLDEST_MIGRATABLE_FORMAT, REKEY_FILE, SPILL_DIR, VAULT_FORMAT_VERSION } from './format';
import { checkAgainstAnchor, logHeads, readAnchor, writeAnchor, type AnchorBody } from './anchor';
import { attachJournal, Journal } from './journal';
import { migrateToJournal } from './journal-migration';
import { finishRekey, rollForward, writePending, type RekeyReport, type RekeyStep } from './rekey';
import { decodeHeader, encodeHeader, type VaultHeader } from './header';
import { newKdfParams } from './kdf';
import { checkCurrentPassphrase, rewrapHeader, unwrapKey, wrapKey, type KdfOptions } from './key-wrap';
import { migrate } from './schema';
import { SecretBuffer } from './secret';
import { loadSqlJs } from './sqljs';
import { anchorBody, openAnchoredJournal, totalChanges } from './vault-journal';
import { WriteLock } from './write-lock';
import { TOOL_VERSION } from '../version';

export interface CreateOptions {
  kdf?: KdfOptions;
}

export class Vault {
  #key: SecretBuffer;
  #db: Database | null;
  #generation: number;
  #lock: WriteLock | null;
  #journal: Journal | null = null;
  /** A batch reached the journal but its case database save failed: the next batch saves, whatever it changes. */
  #savePending = false;
  /** Where unlock moved records of the journal that were never committed (a kill mid-batch), if it did. */
  journalQuarantined: string | null = null;
  #commitHooks: ((db: Database) => void)[] = [];
  #rollbackHooks: (() => void)[] = [];
  readonly #blobs: BlobStore;

  private constructor(
    readonly dir: string,
    private header: VaultHeader,
    key: SecretBuffer,
    db: Database,
    generation: number,
    lock: WriteLock,
  ) {
    this.#key = key;
    this.#db = db;
    this.#generation = generation;
    this.#lock = lock;
    this.#blobs = new BlobStore(dir, () => this.#key.bytes);
  }

  static exists(dir: string): boolean {
    return fs.existsSync(path.join(dir, HEADER_FILE));
  }

  get vaultId(): string {
    return this.header.vaultId;
  }

  get generation(): number {
    return this.#generation;
  }

  get isLocked(): boolean {
    return this.#db === null;
  }

  /** The open case database. Throws VAULT_LOCKED after lock(). */
  get db(): Database {
    if (!this.#db) throw new SakshyaError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
    return this.#db;
  }

  /** A key derived from the vault key for one purpose (e.g. PII tokens, per-case HMAC). Never the vault key itself.
   * After a rekey the derivation keeps using the first vault key's bytes (kept inside the encrypted case
   * database), so tokens already stored or printed stay comparable. */
  deriveKey(purpose: string): Buffer {
    const key = this.#key.bytes; // throws once the key is wiped (locked)
    const kept = this.db.exec("SELECT value FROM meta WHERE key='derive_ikm'")[0]?.values[0]?.[0];
    const ikm = typeof kept === 'string' ? Buffer.from(kept, 'base64') : key;
    const out = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `sakshya:${purpose}`, 32));
    if (ikm !== key) ikm.fill(0);
    return out;
  }

  static async create(dir: string, passphrase: SecretBuffer, opts: CreateOptions = {}): Promise<Vault> {
    if (Vault.exists(dir)) throw new SakshyaError('VAULT_EXISTS', `A vault already exists in ${dir}.`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stray = fs.readdirSync(dir).filter((n) => !n.startsWith('.'));
    if (stray.length > 0) {
      throw new SakshyaError('INVALID_INPUT', `The folder ${dir} is not empty; choose an empty folder for a new vault.`);
    }
    fs.mkdirSync(path.join(dir, BLOB_DIR), { mode: 0o700 });
    const lock = WriteLock.acquire(dir);
    try {
      const kdf = newKdfParams(opts.kdf);
      const key = new SecretBuffer(randomBytes(32));
      const vaultId = randomUUID();
      const header: VaultHeader = {
        vaultId,
        createdAt: new Date().toISOString(),
        createdBy: TOOL_VERSION,
        kdf,
        wrappedKey: await wrapKey(passphrase, key.bytes, vaultId, kdf),
      };
      const SQL = await loadSqlJs();
      const db = new SQL.Database();
      migrate(db);
      const journalId = Journal.createFile(dir);
      db.run("INSERT INTO meta(key, value) VALUES ('journal_id', ?)", [journalId.toString('hex')]);
      const v = new Vault(dir, header, key, db, 0, lock);
      v.#attach(Journal.open(dir, () => v.#key.bytes, vaultId, journalId.toString('hex'), null, 0).journal);
      v.save();
      // The header goes last: a vault folder without a header is not a vault, so a crash during create
      // leaves nothing that could be mistaken for one.
      writeFileAtomic(path.join(dir, HEADER_FILE), encodeHeader(header));
      return v;
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  static readHeader(dir: string): VaultHeader {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(path.join(dir, HEADER_FILE));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SakshyaError('VAULT_NOT_FOUND', `No Sakshya vault in ${dir}. Create one with \`sakshya vault init\`.`);
      }
      throw new SakshyaError('IO_ERROR', `Cannot read the vault header in ${dir}.`);
    }
    return decodeHeader(buf);
  }

  static unwrapKey(header: VaultHeader, passphrase: SecretBuffer): Promise<SecretBuffer> {
    return unwrapKey(header, passphrase);
  }

  static async unlock(dir: string, passphrase: SecretBuffer): Promise<Vault> {
    let header = Vault.readHeader(dir);
    let key = await Vault.unwrapKey(header, passphrase);
    if (fs.existsSync(path.join(dir, REKEY_FILE))) ({ header, key } = finishRekey(dir, header, key));
    let db: Database | null = null;
    try {
      const loaded = await loadCaseDb(dir, header.vaultId, key.bytes);
      db = loaded.db;
      const anchor = readAnchor(dir, key.bytes, header.vaultId);
      if (!anchor) throw corrupt(ANCHOR_FILE, 'authentication failed');
      const lock = WriteLock.acquire(dir);
      let v: Vault | null = null;
      try {
        v = new Vault(dir, header, key, db, loaded.generation, lock);
        const journalId = db.exec("SELECT value FROM meta WHERE key='journal_id'")[0]?.values[0]?.[0];
        if (typeof journalId === 'string') v.#openJournal(journalId, anchor);
        // With a journal, its anchored end (checked on opening it) stands for every log's head.
        checkAgainstAnchor(v.#journal ? { ...anchor, logs: {} } : anchor, loaded.generation, logHeads(db));
        removeStaleTemps(dir);
        // An analysis that crashed left its encrypted temporary runs: derived data, safe to delete (unlike blobs).
        fs.rmSync(path.join(dir, SPILL_DIR), { recursive: true, force: true });
        // A crash between writing casedb.enc (or the journal) and the anchor leaves the anchor behind: catch up.
        if (loaded.generation > anchor.generation || (v.#journal && v.#journal.pos.bytes !== anchor.journal?.bytes)) v.#writeAnchor();
        return v;
      } catch (e) {
        if (v) v.#journal?.close();
        lock.release();
        throw e;
      }
    } catch (e) {
      db?.close();
      key.wipe();
      throw e;
    }
  }

  /**
   * Re-encrypts every file under a new random vault key, wrapped by `next` (or the current passphrase), and
   * writes the new header last. Afterwards an old header copy with an old passphrase opens nothing current.
   * `onStep` reports progress (and lets tests kill the process at each step).
   */
  async rekey(current: SecretBuffer, opts: { next?: SecretBuffer; kdf?: CreateOptions['kdf']; onStep?: (s: RekeyStep) => void } = {}): Promise<RekeyReport> {
    await checkCurrentPassphrase(this.header, current, this.#key.bytes);
    opts.onStep?.({ step: 'start' });
    // Keep the derivation key material stable (tokens in stored analyses and reports), inside the database.
    if (this.db.exec("SELECT 1 FROM meta WHERE key='derive_ikm'").length === 0) {
      this.db.run("INSERT INTO meta(key, value) VALUES ('derive_ikm', ?)", [this.#key.bytes.toString('base64')]);
      this.save();
    }
    const newKey = new SecretBuffer(randomBytes(32));
    const header = await rewrapHeader(this.header, opts.next ?? current, newKey.bytes, opts.kdf);
    const headerBytes = encodeHeader(header);
    writePending(this.dir, this.header.vaultId, this.#key.bytes, newKey.bytes, headerBytes);
    opts.onStep?.({ step: 'pending' });
    // The journal file is replaced by its re-encrypted copy: close ours first, open the new one after.
    const journalId = this.#journal?.id;
    this.#journal?.close();
    this.#journal = null;
    const report = rollForward(this.dir, this.header.vaultId, this.#key.bytes, newKey.bytes, headerBytes, opts.onStep);
    this.#key.wipe();
    this.#key = newKey;
    this.header = header;
    if (journalId) {
      const anchor = readAnchor(this.dir, this.#key.bytes, this.header.vaultId);
      if (!anchor) throw corrupt(ANCHOR_FILE, 'authentication failed after the rekey');
      this.#openJournal(journalId, anchor);
    }
    return report;
  }

  #writeAnchor(): void {
    writeAnchor(this.dir, this.#key.bytes, this.header.vaultId, anchorBody(this.#generation, this.db, this.#journal));
  }

  #attach(j: Journal): void {
    this.#journal = j;
    attachJournal(this.db, j);
  }

  /** Opens journal.enc and checks it against the anchor: the anchored end must be there, unchanged. */
  #openJournal(journalId: string, anchor: AnchorBody): void {
    const { journal, quarantined } = openAnchoredJournal(this.dir, () => this.#key.bytes, this.header.vaultId, journalId, anchor, this.#generation);
    this.journalQuarantined = quarantined;
    this.#attach(journal);
  }

  /** Authenticates every record of the custody journal in its place; returns how many entries it holds. */
  checkJournal(): number {
    if (!this.#journal) return 0;
    let n = 0;
    for (const b of this.#journal.batches(false)) n += b.e.length;
    return n;
  }

  /** Encrypts the database and replaces casedb.enc atomically, with the next generation number. */
  save(): void {
    const db = this.db;
    const next = this.#generation + 1;
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", [String(next)]);
    // A database whose log is still inside it (not yet migrated) keeps format 2, so it is still read as one.
    const version = this.#journal ? VAULT_FORMAT_VERSION : OLDEST_MIGRATABLE_FORMAT;
    writeCaseDb(this.dir, this.header.vaultId, this.#key.bytes, db, version, next);
    this.#generation = next;
    // After the database, never before: a crash in between leaves the anchor behind (accepted), never ahead.
    this.#writeAnchor();
  }

  /** Work to do at the end of every write batch, inside its transaction (e.g. signing a custody checkpoint). */
  onCommit(hook: (db: Database) => void): void {
    this.#commitHooks.push(hook);
  }

  /** Called when a batch rolls back, so caches of the database can be dropped. */
  onRollback(hook: () => void): void {
    this.#rollbackHooks.push(hook);
  }

  /**
   * Runs `fn` in one SQL transaction and commits once; on error nothing is kept, in memory or on disk.
   * Custody entries go to the journal as one appended record (fsynced); casedb.enc is rewritten only when the
   * batch changed the case database itself. Then the anchor records the new end.
   */
  transaction<T>(fn: (db: Database) => T): T {
    const db = this.db;
    if (!this.#journal) this.#migrate();
    const journal = this.#journal!;
    const before = totalChanges(db);
    db.exec('SAVEPOINT tx');
    let result: T;
    try {
      result = fn(db);
      for (const hook of this.#commitHooks) hook(db);
      db.exec('RELEASE tx');
    } catch (e) {
      db.exec('ROLLBACK TO tx');
      db.exec('RELEASE tx');
      journal.discard();
      for (const hook of this.#rollbackHooks) hook();
      throw e;
    }
    const changed = this.#savePending || totalChanges(db) !== before;
    if (changed) this.#savePending = true;
    // The journal first: a kill after it and before casedb.enc leaves a record naming a generation casedb.enc
    // never reached, which unlock recognises as uncommitted. If the append fails the batch stays staged (in
    // memory, like the database) and the next commit writes it.
    journal.commit(changed ? this.#generation + 1 : this.#generation);
    if (changed) {
      try {
        this.save();
      } catch (e) {
        // The batch is in memory but not on disk: say so plainly; the next successful save writes it.
        for (const hook of this.#rollbackHooks) hook();
        throw e;
      }
      this.#savePending = false;
    } else {
      this.#writeAnchor();
    }
    return result;
  }

  /** A format-2 vault keeps its custody log in the case database: move it to a journal (crash-safe: the
   * journal file is complete before casedb.enc, emptied of the log, names it). */
  #migrate(): void {
    const journalId = migrateToJournal(this.dir, this.#key.bytes, this.header.vaultId, this.db, this.#generation + 1);
    const { journal } = Journal.open(this.dir, () => this.#key.bytes, this.header.vaultId, journalId.id, journalId.anchored, this.#generation + 1);
    this.#attach(journal);
    this.save();
  }

  async changePassphrase(current: SecretBuffer, next: SecretBuffer, opts: CreateOptions = {}): Promise<void> {
    await checkCurrentPassphrase(this.header, current, this.#key.bytes);
    const header = await rewrapHeader(this.header, next, this.#key.bytes, opts.kdf);
    writeFileAtomic(path.join(this.dir, HEADER_FILE), encodeHeader(header));
    this.header = header;
  }

  // ---- evidence blobs (blob-store.ts) ----

  blobPath(blobId: string): string {
    return this.#blobs.blobPath(blobId);
  }

  newBlob(): { blobId: string; writer: BlobWriter } {
    return this.#blobs.newBlob();
  }

  /** Deletes a blob file that was never committed (cancelled or failed work). */
  removeBlobFile(blobId: string): void {
    this.#blobs.removeBlobFile(blobId);
  }

  openBlob(blobId: string): BlobReader {
    return this.#blobs.openBlob(blobId);
  }

  /** Authenticates every chunk of a blob; throws VAULT_CORRUPT naming the file. */
  checkBlob(blobId: string): number {
    return this.#blobs.checkBlob(blobId);
  }

  /** Moves a blob file into quarantine/ (never deleted); returns its path relative to the vault. */
  quarantineBlob(blobId: string): string {
    return this.#blobs.quarantineBlob(blobId);
  }

  /** Files in quarantine/ (paths relative to the vault). */
  listQuarantine(): string[] {
    return this.#blobs.listQuarantine();
  }

  /** Blob files present on disk. */
  listBlobFiles(): string[] {
    return this.#blobs.listBlobFiles();
  }

  /** Zeroes the key, drops the database from memory and releases the write lock. */
  lock(): void {
    this.#journal?.close();
    this.#journal = null;
    this.#key.wipe();
    this.#db?.close();
    this.#db = null;
    this.#lock?.release();
    this.#lock = null;
  }
}
