// The vault: a folder holding a header (KDF parameters, wrapped key), the encrypted case database and
// encrypted evidence blobs. Passphrase → Argon2id → key-encryption key → unwraps a random 256-bit vault key.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID, hkdfSync } from 'node:crypto';
import type { Database } from 'sql.js';
import { SakshyaError } from '../../../shared/api/errors';
import { open as aeadOpen, seal, randomNonce } from './aead';
import { removeStaleTemps, writeFileAtomic } from './atomic-file';
import { BlobReader, BlobWriter, BlobAuthError } from './chunked-aead';
import { ANCHOR_FILE, BLOB_DIR, CASE_DB_FILE, corrupt, HEADER_FILE, OLDEST_MIGRATABLE_FORMAT, QUARANTINE_DIR, REKEY_FILE, rolledBack, SPILL_DIR, tooNew, tooOld, VAULT_FORMAT_VERSION } from './format';
import { checkAgainstAnchor, logHeads, readAnchor, writeAnchor, type AnchorBody } from './anchor';
import { attachJournal, Journal } from './journal';
import { migrateToJournal } from './journal-migration';
import { readPending, removePending, rollForward, writePending, type RekeyReport, type RekeyStep } from './rekey';
import { fsyncDir } from './atomic-file';
import { decodeHeader, encodeHeader, type VaultHeader } from './header';
import { deriveKek, newKdfParams, type KdfParams } from './kdf';
import { migrate, SCHEMA_VERSION, schemaVersionOf } from './schema';
import { SecretBuffer } from './secret';
import { loadSqlJs } from './sqljs';
import { WriteLock } from './write-lock';
import { TOOL_VERSION } from '../version';

const DB_MAGIC = Buffer.from('SAKSHYAD', 'ascii');
const DB_PRE = 8 + 2 + 8 + 12; // magic, version, generation, nonce

export interface CreateOptions {
  kdf?: Partial<Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>>;
}

function wrapAad(vaultId: string): Buffer {
  return Buffer.from(`sakshya-keywrap-v1:${vaultId}`, 'utf8');
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
      const kek = await deriveKek(passphrase, kdf);
      const key = new SecretBuffer(randomBytes(32));
      const vaultId = randomUUID();
      const nonce = randomNonce();
      const sealed = seal(kek.bytes, nonce, key.bytes, wrapAad(vaultId));
      kek.wipe();
      const header: VaultHeader = {
        vaultId,
        createdAt: new Date().toISOString(),
        createdBy: TOOL_VERSION,
        kdf,
        wrappedKey: { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') },
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

  static async unwrapKey(header: VaultHeader, passphrase: SecretBuffer): Promise<SecretBuffer> {
    const kek = await deriveKek(passphrase, header.kdf);
    const plain = aeadOpen(
      kek.bytes,
      Buffer.from(header.wrappedKey.nonce, 'base64'),
      Buffer.from(header.wrappedKey.sealed, 'base64'),
      wrapAad(header.vaultId),
    );
    kek.wipe();
    if (!plain || plain.length !== 32) throw new SakshyaError('WRONG_PASSPHRASE', 'Wrong passphrase. Nothing was changed.');
    return new SecretBuffer(plain);
  }

  static async unlock(dir: string, passphrase: SecretBuffer): Promise<Vault> {
    let header = Vault.readHeader(dir);
    let key = await Vault.unwrapKey(header, passphrase);
    if (fs.existsSync(path.join(dir, REKEY_FILE))) ({ header, key } = Vault.#finishRekey(dir, header, key));
    let db: Database | null = null;
    try {
      const loaded = await Vault.#loadDb(dir, header, key);
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

  /** A rekey was interrupted: roll it forward (the header still holds the old key) or just drop the journal
   * (the header already holds the new key, so every file is under it). */
  static #finishRekey(dir: string, header: VaultHeader, key: SecretBuffer): { header: VaultHeader; key: SecretBuffer } {
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

  /**
   * Re-encrypts every file under a new random vault key, wrapped by `next` (or the current passphrase), and
   * writes the new header last. Afterwards an old header copy with an old passphrase opens nothing current.
   * `onStep` reports progress (and lets tests kill the process at each step).
   */
  async rekey(current: SecretBuffer, opts: { next?: SecretBuffer; kdf?: CreateOptions['kdf']; onStep?: (s: RekeyStep) => void } = {}): Promise<RekeyReport> {
    const check = await Vault.unwrapKey(this.header, current);
    const same = check.bytes.equals(this.#key.bytes);
    check.wipe();
    if (!same) throw new SakshyaError('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
    opts.onStep?.({ step: 'start' });
    // Keep the derivation key material stable (tokens in stored analyses and reports), inside the database.
    if (this.db.exec("SELECT 1 FROM meta WHERE key='derive_ikm'").length === 0) {
      this.db.run("INSERT INTO meta(key, value) VALUES ('derive_ikm', ?)", [this.#key.bytes.toString('base64')]);
      this.save();
    }
    const newKey = new SecretBuffer(randomBytes(32));
    const kdf = newKdfParams({ ...pickKdf(this.header.kdf), ...opts.kdf });
    const kek = await deriveKek(opts.next ?? current, kdf);
    const nonce = randomNonce();
    const sealed = seal(kek.bytes, nonce, newKey.bytes, wrapAad(this.header.vaultId));
    kek.wipe();
    const header: VaultHeader = { ...this.header, kdf, wrappedKey: { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') } };
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
    const j = this.#journal;
    const body: AnchorBody = { generation: this.#generation, logs: logHeads(this.db) };
    if (j) {
      const unknown = j.unknownLogs;
      body.journal = j.pos;
      body.heads = unknown ? j.heads : null;
      body.unknown = unknown ?? [];
    }
    writeAnchor(this.dir, this.#key.bytes, this.header.vaultId, body);
  }

  static #dbAad(header: VaultHeader, pre: Buffer): Buffer {
    return Buffer.concat([pre.subarray(0, 18), Buffer.from(`:${header.vaultId}:casedb`, 'utf8')]);
  }

  #attach(j: Journal): void {
    this.#journal = j;
    attachJournal(this.db, j);
  }

  /** Opens journal.enc and checks it against the anchor: the anchored end must be there, unchanged. */
  #openJournal(journalId: string, anchor: AnchorBody): void {
    const a = anchor.journal;
    let anchored = null;
    if (a && a.id === journalId) {
      anchored = { ...a, checkpoints: anchor.logs, heads: anchor.heads ?? null, unknown: anchor.unknown ?? [] };
    } else if (this.#generation <= anchor.generation) {
      // Only a kill between the migration's save and the anchor write leaves an anchor without this journal,
      // and then casedb.enc is one generation ahead of it.
      throw rolledBack(`the vault's anchor does not record the custody journal ${CASE_DB_FILE} refers to`);
    }
    const { journal, quarantined } = Journal.open(this.dir, () => this.#key.bytes, this.header.vaultId, journalId, anchored, this.#generation);
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

  static async #loadDb(dir: string, header: VaultHeader, key: SecretBuffer): Promise<{ db: Database; generation: number }> {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(path.join(dir, CASE_DB_FILE));
    } catch {
      throw corrupt(CASE_DB_FILE, 'the file is missing or unreadable');
    }
    if (buf.length < DB_PRE + 16 || !buf.subarray(0, 8).equals(DB_MAGIC)) throw corrupt(CASE_DB_FILE, 'not a Sakshya case database');
    const version = buf.readUInt16BE(8);
    const generation = Number(buf.readBigUInt64BE(10));
    const plain = aeadOpen(key.bytes, buf.subarray(18, DB_PRE), buf.subarray(DB_PRE), Vault.#dbAad(header, buf));
    if (!plain) throw corrupt(CASE_DB_FILE, 'authentication failed');
    if (version > VAULT_FORMAT_VERSION) throw tooNew(CASE_DB_FILE, version);
    if (version < OLDEST_MIGRATABLE_FORMAT) {
      plain.fill(0);
      throw tooOld(CASE_DB_FILE, version);
    }
    const SQL = await loadSqlJs();
    let db: Database;
    try {
      // sql.js may keep the array it is given as its in-memory file: hand it a copy and wipe ours.
      db = new SQL.Database(new Uint8Array(plain));
      plain.fill(0);
      if (schemaVersionOf(db) > SCHEMA_VERSION) {
        db.close();
        throw tooNew(CASE_DB_FILE, schemaVersionOf(db));
      }
      migrate(db);
    } catch (e) {
      if (e instanceof SakshyaError) throw e;
      throw corrupt(CASE_DB_FILE, 'the database inside does not open');
    }
    const stored = db.exec("SELECT value FROM meta WHERE key='generation'")[0]?.values[0]?.[0];
    if (stored !== undefined && Number(stored) !== generation) throw corrupt(CASE_DB_FILE, 'generation counter mismatch');
    return { db, generation };
  }

  /** Encrypts the database and replaces casedb.enc atomically, with the next generation number. */
  save(): void {
    const db = this.db;
    const next = this.#generation + 1;
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", [String(next)]);
    const plain = Buffer.from(db.export());
    const pre = Buffer.alloc(DB_PRE);
    DB_MAGIC.copy(pre, 0);
    // A database whose log is still inside it (not yet migrated) keeps format 2, so it is still read as one.
    pre.writeUInt16BE(this.#journal ? VAULT_FORMAT_VERSION : OLDEST_MIGRATABLE_FORMAT, 8);
    pre.writeBigUInt64BE(BigInt(next), 10);
    randomNonce().copy(pre, 18);
    const sealed = seal(this.#key.bytes, pre.subarray(18), plain, Vault.#dbAad(this.header, pre));
    plain.fill(0);
    writeFileAtomic(path.join(this.dir, CASE_DB_FILE), Buffer.concat([pre, sealed]));
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
    // Re-derive from the current passphrase so an unattended unlocked session cannot be re-keyed by anyone.
    const check = await Vault.unwrapKey(this.header, current);
    const same = check.bytes.equals(this.#key.bytes);
    check.wipe();
    if (!same) throw new SakshyaError('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
    const kdf = newKdfParams({ ...pickKdf(this.header.kdf), ...opts.kdf });
    const kek = await deriveKek(next, kdf);
    const nonce = randomNonce();
    const sealed = seal(kek.bytes, nonce, this.#key.bytes, wrapAad(this.header.vaultId));
    kek.wipe();
    const header: VaultHeader = { ...this.header, kdf, wrappedKey: { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') } };
    writeFileAtomic(path.join(this.dir, HEADER_FILE), encodeHeader(header));
    this.header = header;
  }

  // ---- evidence blobs ----

  blobPath(blobId: string): string {
    if (!/^[a-f0-9]{32}$/.test(blobId)) throw new SakshyaError('INVALID_INPUT', 'Malformed blob id.');
    return path.join(this.dir, BLOB_DIR, blobId.slice(0, 2), `${blobId}.blob`);
  }

  newBlob(): { blobId: string; writer: BlobWriter } {
    const blobId = randomBytes(16).toString('hex');
    const p = this.blobPath(blobId);
    fs.mkdirSync(path.dirname(p), { recursive: true, mode: 0o700 });
    return { blobId, writer: new BlobWriter(p, this.#key.bytes, undefined, Buffer.from(blobId, 'hex')) };
  }

  /** Deletes a blob file that was never committed (cancelled or failed work). */
  removeBlobFile(blobId: string): void {
    fs.rmSync(this.blobPath(blobId), { force: true });
  }

  openBlob(blobId: string): BlobReader {
    const rel = path.relative(this.dir, this.blobPath(blobId));
    try {
      return new BlobReader(this.blobPath(blobId), this.#key.bytes, Buffer.from(blobId, 'hex'));
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

function totalChanges(db: Database): number {
  return Number(db.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
}

function pickKdf(k: KdfParams): Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'> {
  return { memoryKiB: k.memoryKiB, iterations: k.iterations, parallelism: k.parallelism };
}
