import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BlobReader, BlobWriter, BLOB_HEADER_BYTES, BlobAuthError } from '../../../electron/node/vault/chunked-aead';
import { tempDir } from '../../support/cli';

const CHUNK = 4096;
const key = randomBytes(32);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function writeBlob(name: string, data: Buffer, pieces = 7): string {
  const p = path.join(dir, name);
  const w = new BlobWriter(p, key, CHUNK);
  for (let i = 0; i < pieces; i++) w.write(data.subarray(Math.floor((i * data.length) / pieces), Math.floor(((i + 1) * data.length) / pieces)));
  w.close();
  return p;
}

describe('chunked authenticated encryption of blobs', () => {
  for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17]) {
    it(`round-trips ${size} bytes written in pieces`, () => {
      const data = randomBytes(size);
      const r = new BlobReader(writeBlob('b', data), key);
      expect(r.size).toBe(size);
      expect(Buffer.concat([...r.stream()]).equals(data)).toBe(true);
      r.close();
    });
  }

  it('reads any range without decrypting the whole blob, and any chunk on its own', () => {
    const data = randomBytes(10 * CHUNK + 5);
    const r = new BlobReader(writeBlob('b', data), key);
    expect(r.read(5 * CHUNK - 3, 10).equals(data.subarray(5 * CHUNK - 3, 5 * CHUNK + 7))).toBe(true);
    expect(r.readChunk(7).equals(data.subarray(7 * CHUNK, 8 * CHUNK))).toBe(true);
    expect(r.read(10 * CHUNK, 100).equals(data.subarray(10 * CHUNK))).toBe(true);
    r.close();
  });

  it('never stores the plaintext', () => {
    const data = Buffer.from('Aadhaar: 2345 6789 0123 '.repeat(500));
    const p = writeBlob('b', data);
    expect(fs.readFileSync(p).includes(Buffer.from('Aadhaar'))).toBe(false);
  });

  it('detects truncation at a chunk boundary (the last-chunk flag is missing)', () => {
    const p = writeBlob('b', randomBytes(3 * CHUNK + 10));
    fs.truncateSync(p, BLOB_HEADER_BYTES + 2 * (CHUNK + 16));
    expect(() => new BlobReader(p, key)).toThrow(BlobAuthError);
  });

  it('detects truncation inside a chunk', () => {
    const p = writeBlob('b', randomBytes(3 * CHUNK + 10));
    fs.truncateSync(p, fs.statSync(p).size - 5);
    expect(() => new BlobReader(p, key)).toThrow(BlobAuthError);
  });

  it('detects reordered chunks', () => {
    const p = writeBlob('b', randomBytes(4 * CHUNK + 10));
    const buf = fs.readFileSync(p);
    const s = CHUNK + 16;
    const a = Buffer.from(buf.subarray(BLOB_HEADER_BYTES, BLOB_HEADER_BYTES + s));
    buf.copy(buf, BLOB_HEADER_BYTES, BLOB_HEADER_BYTES + s, BLOB_HEADER_BYTES + 2 * s);
    a.copy(buf, BLOB_HEADER_BYTES + s);
    fs.writeFileSync(p, buf);
    const r = new BlobReader(p, key);
    expect(() => r.readChunk(0)).toThrow(/authentication failed/);
    expect(() => r.readChunk(1)).toThrow(/authentication failed/);
    expect(r.readChunk(2).length).toBe(CHUNK);
    r.close();
  });

  it('detects a chunk spliced in from another blob under the same key', () => {
    const p1 = writeBlob('b1', randomBytes(2 * CHUNK + 1));
    const p2 = writeBlob('b2', randomBytes(2 * CHUNK + 1));
    const b1 = fs.readFileSync(p1);
    fs.readFileSync(p2).copy(b1, BLOB_HEADER_BYTES, BLOB_HEADER_BYTES, BLOB_HEADER_BYTES + CHUNK + 16);
    fs.writeFileSync(p1, b1);
    const r = new BlobReader(p1, key);
    expect(() => r.readChunk(0)).toThrow(BlobAuthError);
    r.close();
  });

  it('detects a flipped byte in the header or in any chunk', () => {
    const data = randomBytes(2 * CHUNK + 100);
    const p = writeBlob('b', data);
    const orig = fs.readFileSync(p);
    for (const pos of [12, 20, 33, BLOB_HEADER_BYTES, BLOB_HEADER_BYTES + CHUNK + 3, orig.length - 1]) {
      const buf = Buffer.from(orig);
      buf[pos]! ^= 0x01;
      fs.writeFileSync(p, buf);
      expect(() => {
        const r = new BlobReader(p, key);
        try {
          for (let i = 0; i < r.chunkCount; i++) r.readChunk(i);
        } finally {
          r.close();
        }
      }, `flip at ${pos}`).toThrow();
    }
  });

  it('refuses to open with the wrong key', () => {
    const p = writeBlob('b', randomBytes(100));
    expect(() => new BlobReader(p, randomBytes(32))).toThrow(BlobAuthError);
  });

  it('abort() leaves no file behind', () => {
    const p = path.join(dir, 'x');
    const w = new BlobWriter(p, key, CHUNK);
    w.write(randomBytes(3 * CHUNK));
    w.abort();
    expect(fs.existsSync(p)).toBe(false);
  });
});
