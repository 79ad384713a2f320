// Resuming a Merkle tree from its stored frontier (what the custody journal keeps per log, issue #15) gives
// the roots RFC 6962's definition gives; checked against the recursive MTH written out here from §2.1.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { MerkleAccumulator } from '../../../shared/custody/merkle';

const sha = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest());
const leaf = (i: number) => sha(Uint8Array.of(0), Buffer.from(`entry ${i}`));

/** MTH(D[n]) by RFC 6962 §2.1: split at the largest power of two smaller than n. */
function mth(leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Uint8Array.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('Merkle frontier', () => {
  it('a tree resumed from the frontier of its first m leaves has the RFC 6962 root at every later size', () => {
    const leaves = Array.from({ length: 70 }, (_, i) => leaf(i));
    for (const m of [0, 1, 2, 3, 7, 8, 13, 32, 33]) {
      const first = new MerkleAccumulator();
      for (const l of leaves.slice(0, m)) first.append(l);
      // Stored and read back as the journal does: hex hashes with their sizes.
      const stored = first.frontier().map((f) => [hex(f.hash), f.size] as const);
      const resumed = MerkleAccumulator.fromFrontier(stored.map(([h, size]) => ({ hash: new Uint8Array(Buffer.from(h, 'hex')), size })));
      expect(resumed.size).toBe(m);
      expect(hex(resumed.root())).toBe(hex(mth(leaves.slice(0, m))));
      for (let n = m; n < leaves.length; n++) {
        resumed.append(leaves[n]!);
        expect(hex(resumed.root()), `resumed at ${m}, size ${n + 1}`).toBe(hex(mth(leaves.slice(0, n + 1))));
      }
    }
  });

  it('the frontier has one subtree per set bit of the size, largest first', () => {
    const acc = new MerkleAccumulator();
    for (let i = 0; i < 13; i++) acc.append(leaf(i));
    expect(acc.frontier().map((f) => f.size)).toEqual([8, 4, 1]);
  });

  it('refuses a frontier that is not a compact range', () => {
    const h = leaf(0);
    for (const bad of [[{ hash: h, size: 3 }], [{ hash: h, size: 1 }, { hash: h, size: 2 }], [{ hash: h, size: 2 }, { hash: h, size: 2 }], [{ hash: h.subarray(0, 31), size: 1 }]]) {
      expect(() => MerkleAccumulator.fromFrontier(bad)).toThrow(RangeError);
    }
  });
});
