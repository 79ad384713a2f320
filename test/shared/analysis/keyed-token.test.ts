import { describe, it, expect } from 'vitest';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { KeyedTokeniser, TokenBuffer, intersectionSize, unionSorted, uniqueSorted } from '../../../shared/analysis';
import { tokenPrefix } from '../../../shared/analysis/keyed-token';

function reference(key: Uint8Array, message: string): [number, number] {
  const mac = hmac(sha256, key, utf8ToBytes(message));
  const dv = new DataView(mac.buffer, mac.byteOffset);
  return [dv.getUint32(0), dv.getUint32(4)];
}

describe('keyed tokens', () => {
  it('are the first 64 bits of HMAC-SHA256 over "type\\u001fvalue", for every key and message length', () => {
    for (const keyLength of [16, 32, 64, 65, 100]) {
      const key = new Uint8Array(keyLength).map((_, i) => (i * 31 + 7) & 0xff);
      const t = new KeyedTokeniser(key);
      const out = new Uint32Array(2);
      for (const type of ['IN_AADHAAR', 'EMAIL_ADDRESS']) {
        for (const value of ['', '234567890124', 'a'.repeat(40), 'b'.repeat(41), 'c'.repeat(55), 'd'.repeat(64), 'e'.repeat(200), 'राम@example.in', '😀']) {
          t.tokenInto(tokenPrefix(type), value, out, 0);
          expect([out[0], out[1]]).toEqual(reference(key, `${type}\u001f${value}`));
        }
      }
    }
  });

  it('land where they were reserved in a buffer that grows (moves) as it fills, with long and non-ASCII values mixed in', () => {
    const key = new Uint8Array(32).map((_, i) => (i * 131 + 17) & 0xff);
    const t = new KeyedTokeniser(key);
    const types = ['IN_AADHAAR', 'IN_PHONE', 'EMAIL_ADDRESS'];
    const prefixes = types.map(tokenPrefix);
    const values: string[] = [];
    for (let i = 0; i < 5000; i++) {
      values.push(i % 97 === 5 ? `नाम${i}` : i % 89 === 3 ? 'x'.repeat(50 + (i % 20)) : String(234567890124 + i * 7919).slice(0, 1 + (i % 13)));
    }
    const buf = new TokenBuffer();
    values.forEach((v, i) => {
      const at = buf.reserve();
      t.tokenInto(prefixes[i % 3]!, v, buf.words, at);
    });
    const words = buf.toWords();
    values.forEach((v, i) => expect([words[2 * i], words[2 * i + 1]], v).toEqual(reference(key, `${types[i % 3]}\u001f${v}`)));
  });

  it('refuses short keys', () => {
    expect(() => new KeyedTokeniser(new Uint8Array(8))).toThrow(RangeError);
  });

  it('keeps token sets as sorted distinct 64-bit values and intersects them', () => {
    const buf = new TokenBuffer();
    for (const [hi, lo] of [[3, 1], [1, 2], [3, 1], [0, 9]]) {
      const s = buf.slot();
      s.words[s.at] = hi!;
      s.words[s.at + 1] = lo!;
    }
    const sorted = buf.sorted();
    expect(sorted.length).toBe(4);
    const set = uniqueSorted(sorted);
    expect(set.length).toBe(3);
    for (let i = 1; i < set.length; i++) expect(set[i]! > set[i - 1]!).toBe(true);
    const a = new BigUint64Array([1n, 3n, 5n, 7n]);
    const b = new BigUint64Array([3n, 4n, 7n]);
    expect(intersectionSize(a, b)).toBe(2);
    expect(Array.from(unionSorted([a, b]))).toEqual([1n, 3n, 4n, 5n, 7n]);
  });

  it('orders, dedupes and intersects by the whole 64-bit value, high word first', () => {
    const hi = 1n << 32n;
    const big = (xs: bigint[]) => new BigUint64Array(xs).sort();
    const a = big([5n, hi, hi + 1n, 3n * hi, 3n * hi + 7n, (1n << 64n) - 1n]);
    const b = big([hi + 1n, 2n * hi, 3n * hi + 7n, (1n << 64n) - 1n, 0xffffffffn]);
    expect(intersectionSize(a, b)).toBe(3);
    expect(intersectionSize(b, a)).toBe(3);
    expect(Array.from(uniqueSorted(big([hi, 1n, hi, 2n * hi + 1n, 1n, 2n * hi + 1n])))).toEqual([1n, hi, 2n * hi + 1n]);
    expect(Array.from(unionSorted([a, b]))).toEqual([5n, 0xffffffffn, hi, hi + 1n, 2n * hi, 3n * hi, 3n * hi + 7n, (1n << 64n) - 1n]);
    expect(Array.from(unionSorted([b, a, big([0n, 4n * hi])]))).toEqual([0n, 5n, 0xffffffffn, hi, hi + 1n, 2n * hi, 3n * hi, 3n * hi + 7n, 4n * hi, (1n << 64n) - 1n]);
    expect(Array.from(unionSorted([]))).toEqual([]);
    expect(Array.from(unionSorted([big([]), a]))).toEqual(Array.from(a));
  });
});
