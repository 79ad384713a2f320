// Chunked authenticated encryption for evidence blobs (originals and row stores), in the spirit of
// STREAM (Hoang, Reyhanitabar, Rogaway, Vizár). Layout of a blob file:
//   header (40 bytes): magic "SAKSHYAB" | version u16 | chunk size u32 | blob id (16) | nonce prefix (7) | reserved (3)
// Version 2 (vault blobs): the blob id is the id the case database knows the blob by, and the reader is told
// which id it expects, so a file swapped with another blob's file, or renamed, fails before any byte is used.
// Version 1 (a random id, no expectation) is what hand-over package bodies still use.
//   chunks: ciphertext (chunk size, the last one shorter or empty) + 16-byte GCM tag
// Each chunk's nonce = prefix(7) | chunk index u32 BE | last-chunk flag (1), and the header is associated data,
// so truncation (no last flag), reordering, splicing chunks between blobs and header edits all fail
// authentication, while any chunk can be located and opened on its own.
import fs from 'node:fs';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { TAG_BYTES } from './aead';

const MAGIC = Buffer.from('SAKSHYAB', 'ascii');
export const BLOB_HEADER_BYTES = 40;
export const DEFAULT_CHUNK = 64 * 1024;

export class BlobAuthError extends Error {
  constructor(readonly chunk: number, what: string) {
    super(`chunk ${chunk}: ${what}`);
  }
}

function blobKey(vaultKey: Buffer, blobId: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, blobId, 'sakshya-blob-v1', 32));
}

function nonceFor(prefix: Buffer, index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0, 0, 7);
  n.writeUInt32BE(index, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Streams plaintext into an encrypted blob file with bounded memory. Writes are synchronous so that a caller
 * feeding it from a parser keeps a simple, bounded pipeline. */
export class BlobWriter {
  readonly header: Buffer;
  #key: Buffer;
  #prefix: Buffer;
  #fd: number;
  #pending: Buffer;
  #pendingLen = 0;
  #index = 0;
  #plainBytes = 0;
  #closed = false;

  constructor(
    readonly path: string,
    vaultKey: Buffer,
    readonly chunkSize = DEFAULT_CHUNK,
    /** The vault's id for this blob (16 bytes): bound into the header, key and associated data (version 2). */
    boundId?: Buffer,
  ) {
    if (boundId && boundId.length !== 16) throw new RangeError('a blob id is 16 bytes');
    const blobId = boundId ?? randomBytes(16);
    this.#prefix = randomBytes(7);
    this.header = Buffer.alloc(BLOB_HEADER_BYTES);
    MAGIC.copy(this.header, 0);
    this.header.writeUInt16BE(boundId ? 2 : 1, 8);
    this.header.writeUInt32BE(chunkSize, 10);
    blobId.copy(this.header, 14);
    this.#prefix.copy(this.header, 30);
    this.#key = blobKey(vaultKey, blobId);
    this.#pending = Buffer.allocUnsafe(chunkSize);
    this.#fd = fs.openSync(path, 'wx', 0o600);
    fs.writeSync(this.#fd, this.header);
  }

  get bytesWritten(): number {
    return this.#plainBytes;
  }

  write(data: Buffer): void {
    let off = 0;
    while (off < data.length) {
      const n = Math.min(this.chunkSize - this.#pendingLen, data.length - off);
      data.copy(this.#pending, this.#pendingLen, off, off + n);
      this.#pendingLen += n;
      off += n;
      // Keep a full chunk pending until more data arrives, so the final chunk always carries the last flag.
      if (this.#pendingLen === this.chunkSize && off < data.length) this.#flush(false);
    }
    this.#plainBytes += data.length;
  }

  #flush(last: boolean): void {
    const c = createCipheriv('aes-256-gcm', this.#key, nonceFor(this.#prefix, this.#index, last));
    c.setAAD(this.header);
    const body = c.update(this.#pending.subarray(0, this.#pendingLen));
    c.final();
    fs.writeSync(this.#fd, body);
    fs.writeSync(this.#fd, c.getAuthTag());
    this.#index++;
    this.#pendingLen = 0;
  }

  /** Writes the last chunk and fsyncs. */
  close(): void {
    if (this.#closed) return;
    if (this.#pendingLen === this.chunkSize) this.#flush(false);
    this.#flush(true);
    fs.fsyncSync(this.#fd);
    fs.closeSync(this.#fd);
    this.#closed = true;
    this.#key.fill(0);
    this.#pending.fill(0);
  }

  /** Abandons the blob: closes and deletes the file. */
  abort(): void {
    if (!this.#closed) {
      this.#closed = true;
      fs.closeSync(this.#fd);
      this.#key.fill(0);
      this.#pending.fill(0);
    }
    fs.rmSync(this.path, { force: true });
  }
}

/** Random access to an encrypted blob: reads and authenticates only the chunks a range touches. */
export class BlobReader {
  readonly size: number;
  readonly chunkSize: number;
  readonly chunkCount: number;
  #fd: number;
  #header: Buffer;
  #key: Buffer;
  #prefix: Buffer;
  #cache: { index: number; plain: Buffer } | null = null;

  constructor(
    readonly path: string,
    vaultKey: Buffer,
    /** The id the caller expects (16 bytes): the file must be a version-2 blob written for exactly this id. */
    expectedId?: Buffer,
  ) {
    this.#fd = fs.openSync(path, 'r');
    try {
      const fileSize = fs.fstatSync(this.#fd).size;
      this.#header = Buffer.alloc(BLOB_HEADER_BYTES);
      if (fs.readSync(this.#fd, this.#header, 0, BLOB_HEADER_BYTES, 0) !== BLOB_HEADER_BYTES || !this.#header.subarray(0, 8).equals(MAGIC)) {
        throw new BlobAuthError(0, 'not a Sakshya blob');
      }
      const version = this.#header.readUInt16BE(8);
      if (version !== 1 && version !== 2) throw new BlobAuthError(0, 'unknown blob version');
      if (expectedId) {
        if (version !== 2) throw new BlobAuthError(0, 'blob format 1 is not bound to its id (written by an older Sakshya)');
        // The id is also the key-derivation salt and part of the associated data: this check only makes the
        // error say what happened; a forged header with the expected id would fail authentication anyway.
        if (!this.#header.subarray(14, 30).equals(expectedId)) throw new BlobAuthError(0, 'the file belongs to another blob id (swapped or renamed)');
      }
      this.chunkSize = this.#header.readUInt32BE(10);
      if (this.chunkSize < 1024 || this.chunkSize > 16 * 1024 * 1024) throw new BlobAuthError(0, 'bad chunk size');
      this.#key = blobKey(vaultKey, this.#header.subarray(14, 30));
      this.#prefix = Buffer.from(this.#header.subarray(30, 37));
      const body = fileSize - BLOB_HEADER_BYTES;
      const stride = this.chunkSize + TAG_BYTES;
      this.chunkCount = Math.max(1, Math.ceil(body / stride));
      const lastLen = body - (this.chunkCount - 1) * stride - TAG_BYTES;
      if (body < TAG_BYTES || lastLen < 0) throw new BlobAuthError(this.chunkCount - 1, 'truncated');
      this.size = (this.chunkCount - 1) * this.chunkSize + lastLen;
      // Authenticating the last chunk proves the blob was not truncated at a chunk boundary.
      this.readChunk(this.chunkCount - 1);
    } catch (e) {
      fs.closeSync(this.#fd);
      throw e;
    }
  }

  readChunk(index: number): Buffer {
    if (this.#cache?.index === index) return this.#cache.plain;
    const last = index === this.chunkCount - 1;
    const stride = this.chunkSize + TAG_BYTES;
    const len = last ? this.size - index * this.chunkSize + TAG_BYTES : stride;
    const sealed = Buffer.alloc(len);
    const got = fs.readSync(this.#fd, sealed, 0, len, BLOB_HEADER_BYTES + index * stride);
    if (got !== len) throw new BlobAuthError(index, 'truncated');
    const d = createDecipheriv('aes-256-gcm', this.#key, nonceFor(this.#prefix, index, last));
    d.setAAD(this.#header);
    d.setAuthTag(sealed.subarray(len - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([d.update(sealed.subarray(0, len - TAG_BYTES)), d.final()]);
    } catch {
      throw new BlobAuthError(index, 'authentication failed');
    }
    this.#cache = { index, plain };
    return plain;
  }

  /** Reads `length` bytes at `offset` (clipped to the blob's end). */
  read(offset: number, length: number): Buffer {
    const end = Math.min(this.size, offset + length);
    if (offset >= end) return Buffer.alloc(0);
    const parts: Buffer[] = [];
    for (let i = Math.floor(offset / this.chunkSize); i * this.chunkSize < end; i++) {
      const chunk = this.readChunk(i);
      const start = Math.max(0, offset - i * this.chunkSize);
      const stop = Math.min(chunk.length, end - i * this.chunkSize);
      parts.push(chunk.subarray(start, stop));
    }
    return parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts);
  }

  /** Yields the plaintext chunk by chunk from `offset`. */
  *stream(offset = 0): Generator<Buffer> {
    for (let i = Math.floor(offset / this.chunkSize); i < this.chunkCount; i++) {
      const chunk = this.readChunk(i);
      yield i * this.chunkSize < offset ? chunk.subarray(offset - i * this.chunkSize) : chunk;
    }
  }

  close(): void {
    fs.closeSync(this.#fd);
    this.#key.fill(0);
    this.#cache = null;
  }
}
