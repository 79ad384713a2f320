// The custody journal (journal.enc): an append-only encrypted file beside casedb.enc holding every custody
// entry and signed checkpoint, so that one write batch appends one record instead of rewriting the whole case
// database (issue #15). sql.js keeps the small, mutable metadata.
//
// Layout: header = magic "SAKSHYAJ" (8) | version u16 BE | journal id (16 random bytes); then one frame per
// committed write batch: u32 BE n | nonce (12) | AES-256-GCM ciphertext + tag (n bytes) | u32 BE n. The length
// at both ends lets the file be walked from either end. Associated data of record `seq`:
//   header (26 bytes) | u64 BE seq | tag of record seq-1 (16 zero bytes for record 0) | ":<vaultId>:journal"
// so a record read at another position, after another record, from another journal or from another vault
// fails authentication: swapping, reordering, removing and splicing records are all detected when the record
// is read. Truncation and an older copy of the whole file are not visible inside it: the rollback anchor
// (anchor.ts) records the committed end (record count, byte length, last tag), written after every batch.
//
// A batch is fsynced before the anchor is written and before casedb.enc (if the batch changed it). A kill
// can leave: a torn frame at the end (never committed), or whole records after the anchored end. Those that
// authenticate and belong to a case database generation already on disk were committed (the anchor is one
// batch behind) and are kept; the rest are moved out to quarantine/ — never deleted — and reported.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { open as aeadOpen, seal, randomNonce, NONCE_BYTES, TAG_BYTES } from './aead';
import { fsyncDir, TEMP_SUFFIX, writeFileAtomic } from './atomic-file';
import { corrupt, JOURNAL_FILE, QUARANTINE_DIR, rolledBack } from './format';

const MAGIC = Buffer.from('SAKSHYAJ', 'ascii');
const VERSION = 1;
export const JOURNAL_HEADER_BYTES = 8 + 2 + 16;
/** Bytes a frame adds around its sealed body. */
export const FRAME_OVERHEAD = 4 + NONCE_BYTES + 4;
const ZERO_TAG: Buffer = Buffer.alloc(TAG_BYTES);
const READ_CHUNK = 4 << 20;

/** The committed end of the journal: what the anchor records. */
export interface JournalPos {
  id: string;
  records: number;
  bytes: number;
  /** Hex tag of the last record ('' when there is none). */
  tag: string;
}

/** Where a custody log stands after a batch: next seq, hash to link to, Merkle frontier ([hex, size] pairs). */
export interface CaseHead {
  n: number;
  p: string;
  f: [string, number][];
}

/** One record: everything a write batch added. */
export interface JournalBatch {
  /** The case database generation this batch goes with. A batch that also changed casedb.enc names the
   * generation that save writes; when casedb.enc on disk is older, that save never landed and the batch was
   * not committed. */
  g: number;
  /** [caseId, canonical JSON of the entry], in append order. */
  e: [string, string][];
  /** [caseId, JSON of the signed checkpoint]. */
  c: [string, string][];
  /** Chain head of each log this batch wrote, after the batch. */
  h: Record<string, CaseHead>;
}

export function journalAad(header: Buffer, vaultId: string, seq: number, prevTag: Buffer): Buffer {
  const s = Buffer.alloc(8);
  s.writeBigUInt64BE(BigInt(seq));
  return Buffer.concat([header.subarray(0, JOURNAL_HEADER_BYTES), s, prevTag, Buffer.from(`:${vaultId}:journal`, 'utf8')]);
}

export function journalHeader(id: Buffer): Buffer {
  const h = Buffer.alloc(JOURNAL_HEADER_BYTES);
  MAGIC.copy(h, 0);
  h.writeUInt16BE(VERSION, 8);
  id.copy(h, 10);
  return h;
}

/** Seals one batch as a frame. */
export function encodeFrame(key: Buffer, header: Buffer, vaultId: string, seq: number, prevTag: Buffer, plain: Buffer): Buffer {
  const nonce = randomNonce();
  const sealed = seal(key, nonce, plain, journalAad(header, vaultId, seq, prevTag));
  const f = Buffer.alloc(FRAME_OVERHEAD + sealed.length);
  f.writeUInt32BE(sealed.length, 0);
  nonce.copy(f, 4);
  sealed.copy(f, 4 + NONCE_BYTES);
  f.writeUInt32BE(sealed.length, f.length - 4);
  return f;
}

/** A frame located in the file: its offset, total length, and the tag it ends with. */
interface FrameAt {
  start: number;
  end: number;
}

export class Journal {
  #fd: number | null;
  #records: number;
  #bytes: number;
  #tag: Buffer;
  #staged: JournalBatch = { g: 0, e: [], c: [], h: {} };
  #stagedHeads = new Map<string, () => CaseHead>();
  /** Latest signed checkpoint per log (treeSize, root), and chain heads: what the anchor carries. */
  #checkpoints: Record<string, { treeSize: number; root: string }>;
  #heads: Record<string, CaseHead>;
  /** Logs whose head is not known without reading them (a batch wrote them without recording a head). */
  #unknown: Set<string> | 'all';
  #key: () => Buffer;

  private constructor(
    readonly file: string,
    readonly header: Buffer,
    private readonly vaultId: string,
    key: () => Buffer,
    fd: number,
    pos: { records: number; bytes: number; tag: Buffer },
    state: { checkpoints: Record<string, { treeSize: number; root: string }>; heads: Record<string, CaseHead>; unknown: Set<string> | 'all' },
  ) {
    this.#key = key;
    this.#fd = fd;
    this.#records = pos.records;
    this.#bytes = pos.bytes;
    this.#tag = pos.tag;
    this.#checkpoints = state.checkpoints;
    this.#heads = state.heads;
    this.#unknown = state.unknown;
  }

  get id(): string {
    return this.header.subarray(10, JOURNAL_HEADER_BYTES).toString('hex');
  }

  get pos(): JournalPos {
    return { id: this.id, records: this.#records, bytes: this.#bytes, tag: this.#records ? this.#tag.toString('hex') : '' };
  }

  /** Writes an empty journal (header only), atomically. */
  static createFile(dir: string, id: Buffer = randomBytes(16)): Buffer {
    writeFileAtomic(path.join(dir, JOURNAL_FILE), journalHeader(id));
    return id;
  }

  /**
   * Opens the journal, checks it against what the anchor recorded (`anchored`; null when the anchor predates
   * this journal, e.g. a kill right after migration), keeps committed records after it and moves the rest out
   * to quarantine/. `state` is the anchor's per-log heads at `anchored`. Throws VAULT_CORRUPT (ROLLBACK
   * DETECTED) when the file is shorter than, or different from, the anchored one.
   */
  static open(
    dir: string,
    key: () => Buffer,
    vaultId: string,
    expectId: string,
    anchored: (JournalPos & { checkpoints: Record<string, { treeSize: number; root: string }>; heads: Record<string, CaseHead> | null; unknown: string[] }) | null,
    generation: number,
  ): { journal: Journal; quarantined: string | null } {
    const file = path.join(dir, JOURNAL_FILE);
    let fd: number;
    try {
      fd = fs.openSync(file, 'r+');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw rolledBack(`the custody journal ${JOURNAL_FILE} is missing, so the custody logs cannot be shown to be complete`);
      throw corrupt(JOURNAL_FILE, 'the file is unreadable');
    }
    try {
      const size = fs.fstatSync(fd).size;
      const header = Buffer.alloc(JOURNAL_HEADER_BYTES);
      if (size < JOURNAL_HEADER_BYTES || fs.readSync(fd, header, 0, header.length, 0) !== header.length || !header.subarray(0, 8).equals(MAGIC)) {
        throw corrupt(JOURNAL_FILE, 'not a Sakshya custody journal');
      }
      if (header.readUInt16BE(8) !== VERSION) throw corrupt(JOURNAL_FILE, `unknown journal version ${header.readUInt16BE(8)}`);
      const id = header.subarray(10).toString('hex');
      if (id !== expectId) throw corrupt(JOURNAL_FILE, `it is journal ${id}, but the case database belongs with journal ${expectId} (a journal from another vault or another time was put in its place)`);
      const j = new Journal(file, header, vaultId, key, fd, { records: 0, bytes: JOURNAL_HEADER_BYTES, tag: ZERO_TAG }, {
        checkpoints: {},
        heads: {},
        // Without an anchored end every record is read below, so every head is learnt from the records.
        unknown: !anchored ? new Set() : anchored.heads ? new Set(anchored.unknown) : 'all',
      });
      if (anchored) {
        if (size < anchored.bytes) {
          throw rolledBack(`${JOURNAL_FILE} is ${size} bytes long, but the vault's anchor records ${anchored.records} records in ${anchored.bytes} bytes: the custody journal was truncated or replaced by an older copy`);
        }
        if (anchored.records > 0) {
          const f = j.#frameEndingAt(anchored.bytes);
          const prev = anchored.records === 1 ? ZERO_TAG : f ? j.#tagBefore(f.start) : ZERO_TAG;
          const plain = f ? j.#open(f, anchored.records - 1, prev) : null;
          if (!plain || j.#lastTag.toString('hex') !== anchored.tag) {
            throw rolledBack(`${JOURNAL_FILE} does not hold record ${anchored.records} where the vault's anchor records it: the custody journal was truncated, replaced by an older copy or altered`);
          }
          plain.fill(0);
        }
        j.#records = anchored.records;
        j.#bytes = anchored.bytes;
        j.#tag = anchored.records ? Buffer.from(anchored.tag, 'hex') : ZERO_TAG;
        j.#checkpoints = { ...anchored.checkpoints };
        j.#heads = { ...(anchored.heads ?? {}) };
      }
      // Records after the anchored end: committed ones (the anchor lags one batch after a kill) are kept.
      for (;;) {
        const f = j.#frameAt(j.#bytes, size);
        if (!f) break;
        const plain = j.#open(f, j.#records, j.#tag);
        if (!plain) break;
        const batch = parseBatch(plain);
        if (!batch || batch.g > generation) break;
        j.#records++;
        j.#bytes = f.end;
        j.#tag = j.#lastTag;
        j.#absorb(batch);
      }
      let quarantined: string | null = null;
      if (j.#bytes < size) quarantined = j.#quarantineTail(dir, size);
      return { journal: j, quarantined };
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  /** The tag of the frame last opened by #open. */
  #lastTag: Buffer = ZERO_TAG;

  #fdOrThrow(): number {
    if (this.#fd === null) throw new Error('the custody journal is closed');
    return this.#fd;
  }

  #read(off: number, len: number): Buffer {
    const b = Buffer.alloc(len);
    let got = 0;
    while (got < len) {
      const n = fs.readSync(this.#fdOrThrow(), b, got, len - got, off + got);
      if (n === 0) break;
      got += n;
    }
    return got === len ? b : b.subarray(0, got);
  }

  /** The complete frame starting at `start`, or null (end of file, torn or malformed). */
  #frameAt(start: number, size: number): FrameAt | null {
    if (start + FRAME_OVERHEAD + TAG_BYTES > size) return null;
    const n = this.#read(start, 4).readUInt32BE(0);
    const end = start + FRAME_OVERHEAD + n;
    if (n < TAG_BYTES || end > size) return null;
    if (this.#read(end - 4, 4).readUInt32BE(0) !== n) return null;
    return { start, end };
  }

  #frameEndingAt(end: number): FrameAt | null {
    if (end - FRAME_OVERHEAD - TAG_BYTES < JOURNAL_HEADER_BYTES) return null;
    const n = this.#read(end - 4, 4).readUInt32BE(0);
    const start = end - FRAME_OVERHEAD - n;
    if (n < TAG_BYTES || start < JOURNAL_HEADER_BYTES) return null;
    if (this.#read(start, 4).readUInt32BE(0) !== n) return null;
    return { start, end };
  }

  /** The tag of the frame that ends at `start` (its last 16 sealed bytes, before its trailing length). */
  #tagBefore(start: number): Buffer {
    if (start <= JOURNAL_HEADER_BYTES) return ZERO_TAG;
    return this.#read(start - 4 - TAG_BYTES, TAG_BYTES);
  }

  #open(f: FrameAt, seq: number, prevTag: Buffer, bytes?: Buffer): Buffer | null {
    const frame = bytes ?? this.#read(f.start, f.end - f.start);
    const sealed = frame.subarray(4 + NONCE_BYTES, frame.length - 4);
    this.#lastTag = Buffer.from(sealed.subarray(sealed.length - TAG_BYTES));
    return aeadOpen(this.#key(), frame.subarray(4, 4 + NONCE_BYTES), sealed, journalAad(this.header, this.vaultId, seq, prevTag));
  }

  #absorb(b: JournalBatch): void {
    for (const [caseId, body] of b.c) {
      const cp = JSON.parse(body) as { treeSize: number; rootHash: string };
      this.#checkpoints[caseId] = { treeSize: cp.treeSize, root: cp.rootHash };
    }
    const wrote = new Set([...b.e.map((x) => x[0]), ...Object.keys(b.h)]);
    for (const caseId of wrote) {
      const h = b.h[caseId];
      if (h) {
        this.#heads[caseId] = h;
        if (this.#unknown !== 'all') this.#unknown.delete(caseId);
      } else if (this.#unknown !== 'all') {
        this.#unknown.add(caseId);
      }
    }
  }

  #quarantineTail(dir: string, size: number): string {
    const qdir = path.join(dir, QUARANTINE_DIR);
    fs.mkdirSync(qdir, { recursive: true, mode: 0o700 });
    const name = `journal-tail-${this.#records}-${randomBytes(4).toString('hex')}.enc`;
    const tail = this.#read(this.#bytes, size - this.#bytes);
    const target = path.join(qdir, name);
    const qfd = fs.openSync(target, 'wx', 0o600);
    try {
      fs.writeSync(qfd, tail);
      fs.fsyncSync(qfd);
    } finally {
      fs.closeSync(qfd);
    }
    fsyncDir(qdir);
    fs.ftruncateSync(this.#fdOrThrow(), this.#bytes);
    fs.fsyncSync(this.#fdOrThrow());
    return path.join(QUARANTINE_DIR, name);
  }

  // ---- writing ----

  stageEntry(caseId: string, body: string): void {
    this.#staged.e.push([caseId, body]);
  }

  stageCheckpoint(caseId: string, body: string): void {
    this.#staged.c.push([caseId, body]);
  }

  /** The head of `caseId` after this batch, computed when the batch is committed. */
  stageHead(caseId: string, head: () => CaseHead): void {
    this.#stagedHeads.set(caseId, head);
  }

  get hasStaged(): boolean {
    return this.#staged.e.length > 0 || this.#staged.c.length > 0;
  }

  discard(): void {
    this.#staged = { g: 0, e: [], c: [], h: {} };
    this.#stagedHeads.clear();
  }

  /** Appends the staged batch as one record and fsyncs it. On failure nothing counts as committed. */
  commit(generation: number): void {
    if (!this.hasStaged) return;
    const fd = this.#fdOrThrow();
    const batch = this.#staged;
    batch.g = generation;
    for (const [caseId, h] of this.#stagedHeads) batch.h[caseId] = h();
    const plain = Buffer.from(JSON.stringify(batch), 'utf8');
    const frame = encodeFrame(this.#key(), this.header, this.vaultId, this.#records, this.#tag, plain);
    plain.fill(0);
    try {
      let off = 0;
      while (off < frame.length) off += fs.writeSync(fd, frame, off, frame.length - off, this.#bytes + off);
      fs.fsyncSync(fd);
    } catch (e) {
      try {
        fs.ftruncateSync(fd, this.#bytes);
      } catch {
        /* the torn frame is found and quarantined on the next unlock */
      }
      throw e;
    }
    this.#records++;
    this.#bytes += frame.length;
    this.#tag = Buffer.from(frame.subarray(frame.length - 4 - TAG_BYTES, frame.length - 4));
    this.discard();
    this.#absorb(batch);
  }

  // ---- reading ----

  /** Latest signed checkpoint (tree size, root) of every log: the anchor's `logs`. */
  get checkpointHeads(): Record<string, { treeSize: number; root: string }> {
    return { ...this.#checkpoints };
  }

  /** Chain heads of every log whose head is known: the anchor's `heads`. */
  get heads(): Record<string, CaseHead> {
    return { ...this.#heads };
  }

  /** Logs whose head is unknown (null: all of them). */
  get unknownLogs(): string[] | null {
    return this.#unknown === 'all' ? null : [...this.#unknown];
  }

  /** The head of a log after the last committed batch; 'empty' when it has no entries; null when it must be
   * computed by reading the log (its last batch recorded no head). */
  headOf(caseId: string): CaseHead | 'empty' | null {
    if (this.#unknown === 'all' || this.#unknown.has(caseId)) return null;
    // Entries staged in this batch without a head (received from another vault): read the log, staged included.
    if (!this.#stagedHeads.has(caseId) && this.#staged.e.some(([c]) => c === caseId)) return null;
    return this.#heads[caseId] ?? 'empty';
  }

  /**
   * Every committed batch in order, each authenticated in its place (then the staged one, when `staged`).
   * Throws VAULT_CORRUPT naming the first record that does not authenticate.
   */
  *batches(staged = true): Generator<JournalBatch> {
    const end = this.#bytes;
    let off = JOURNAL_HEADER_BYTES;
    let seq = 0;
    let prev: Buffer = ZERO_TAG;
    let buf: Buffer = Buffer.alloc(0);
    let bufAt = off;
    while (seq < this.#records) {
      // Keep a window of the file in memory; grow it when a frame does not fit.
      const need = (n: number) => {
        if (off + n <= bufAt + buf.length) return;
        const len = Math.min(Math.max(READ_CHUNK, n), end - off);
        buf = this.#read(off, len);
        bufAt = off;
      };
      need(4);
      const n = buf.length >= off - bufAt + 4 ? buf.readUInt32BE(off - bufAt) : -1;
      const total = FRAME_OVERHEAD + n;
      if (n < TAG_BYTES || off + total > end) throw badRecord(seq);
      need(total);
      const frame = buf.subarray(off - bufAt, off - bufAt + total);
      if (frame.length !== total || frame.readUInt32BE(total - 4) !== n) throw badRecord(seq);
      const plain = this.#open({ start: off, end: off + total }, seq, prev, frame);
      const batch = plain ? parseBatch(plain) : null;
      if (!batch) throw badRecord(seq);
      plain?.fill(0);
      prev = this.#lastTag;
      off += total;
      seq++;
      yield batch;
    }
    if (staged && this.hasStaged) yield this.#staged;
  }

  /** Re-encrypts the committed records under `newKey` into a new file that replaces this one atomically
   * (same id, record count and byte length; new tags). Returns the new position. Used by `vault rekey`. */
  static reencryptFile(dir: string, vaultId: string, oldKey: Buffer, newKey: Buffer): { records: number; tags: Buffer[] } | null {
    const file = path.join(dir, JOURNAL_FILE);
    if (!fs.existsSync(file)) return null;
    const fd = fs.openSync(file, 'r');
    let j: Journal;
    try {
      const size = fs.fstatSync(fd).size;
      const header = Buffer.alloc(JOURNAL_HEADER_BYTES);
      fs.readSync(fd, header, 0, header.length, 0);
      if (!header.subarray(0, 8).equals(MAGIC)) throw corrupt(JOURNAL_FILE, 'not a Sakshya custody journal');
      j = new Journal(file, header, vaultId, () => oldKey, fd, { records: 0, bytes: JOURNAL_HEADER_BYTES, tag: ZERO_TAG }, { checkpoints: {}, heads: {}, unknown: 'all' });
      const first = j.#frameAt(JOURNAL_HEADER_BYTES, size);
      if (!first) return { records: 0, tags: [] };
      j.#key = () => newKey;
      if (j.#open(first, 0, ZERO_TAG)) return null; // already under the new key
      j.#key = () => oldKey;
      // Named like an atomic write's temp file, so a copy a kill left half-written is swept on unlock.
      const tmp = path.join(dir, `.${JOURNAL_FILE}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
      const out = fs.openSync(tmp, 'wx', 0o600);
      const tags: Buffer[] = [];
      try {
        fs.writeSync(out, header);
        let off = JOURNAL_HEADER_BYTES;
        let prevOld: Buffer = ZERO_TAG;
        let prevNew: Buffer = ZERO_TAG;
        for (let seq = 0; ; seq++) {
          const f = j.#frameAt(off, size);
          if (!f) break;
          const plain = j.#open(f, seq, prevOld);
          if (!plain) break; // a torn or damaged tail: not committed, left out (the old file keeps it until the rename)
          prevOld = j.#lastTag;
          const frame = encodeFrame(newKey, header, vaultId, seq, prevNew, plain);
          plain.fill(0);
          prevNew = Buffer.from(frame.subarray(frame.length - 4 - TAG_BYTES, frame.length - 4));
          tags.push(prevNew);
          fs.writeSync(out, frame);
          off = f.end;
        }
        fs.fsyncSync(out);
      } catch (e) {
        fs.closeSync(out);
        fs.rmSync(tmp, { force: true });
        throw e;
      }
      fs.closeSync(out);
      fs.renameSync(tmp, file);
      fsyncDir(dir);
      return { records: tags.length, tags };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The hex tag of record `index` of the journal file, under whatever key it is (for re-sealing the anchor). */
  static tagOf(dir: string, records: number, bytes: number): string {
    if (records === 0) return '';
    const fd = fs.openSync(path.join(dir, JOURNAL_FILE), 'r');
    try {
      const b = Buffer.alloc(TAG_BYTES);
      fs.readSync(fd, b, 0, TAG_BYTES, bytes - 4 - TAG_BYTES);
      return b.toString('hex');
    } finally {
      fs.closeSync(fd);
    }
  }

  close(): void {
    if (this.#fd !== null) fs.closeSync(this.#fd);
    this.#fd = null;
    this.discard();
  }
}

function parseBatch(plain: Buffer): JournalBatch | null {
  try {
    const b = JSON.parse(plain.toString('utf8')) as JournalBatch;
    if (!Number.isSafeInteger(b.g) || !Array.isArray(b.e) || !Array.isArray(b.c) || typeof b.h !== 'object' || b.h === null) return null;
    return b;
  } catch {
    return null;
  }
}

function badRecord(seq: number) {
  return corrupt(
    JOURNAL_FILE,
    `custody journal record ${seq + 1} does not authenticate in its place (records were altered, removed, reordered, or copied from another journal or vault)`,
  );
}

// ---- which journal belongs to an open case database ----

const journals = new WeakMap<object, Journal>();

export function attachJournal(db: object, j: Journal): void {
  journals.set(db, j);
}

/** The journal of an open case database, or undefined for a format-2 database not yet migrated. */
export function journalOf(db: object): Journal | undefined {
  return journals.get(db);
}
