import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from '../../../shared/custody/bytes';
import {
  MerkleAccumulator,
  consistencyProof,
  emptyRoot,
  inclusionProof,
  leafHash,
  merkleRoot,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
} from '../../../shared/custody/merkle';

// Reference vectors from transparency-dev/merkle (testonly/constants.go and proof/verify_test.go), the
// RFC 6962 test data also used by certificate-transparency-go.
const leafInputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(
  (h) => fromHex(h),
);
const rootsBySize = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const leafHashVectors = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
  '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
  '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
  'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
  'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
  '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
];
// {leaf index (0-based), tree size, proof}; the Go file numbers leaves from 1.
const inclusionVectors: [number, number, string[]][] = [
  [0, 1, []],
  [0, 8, [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ]],
  [5, 8, [
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  ]],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  ]],
];
const consistencyVectors: [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, [
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ]],
  [6, 8, [
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  ]],
  [2, 5, [
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  ]],
  [6, 7, [
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  ]],
];

const leaves = leafInputs.map((d) => leafHash(d));
const root = (size: number): Uint8Array => fromHex(rootsBySize[size]!);
const hexes = (list: Uint8Array[]): string[] => list.map(toHex);
const flip = (h: Uint8Array, bit = 3): Uint8Array => {
  const c = h.slice();
  c[0] = c[0]! ^ (1 << bit);
  return c;
};
const someHash = fromHex('abacaba000000000000000000000000000000000000000000060061e00123456');

/** Straightforward recursive MTH straight from the RFC text, as an independent oracle. */
function referenceMth(data: Uint8Array[]): Uint8Array {
  if (data.length === 0) return sha256(new Uint8Array(0));
  if (data.length === 1) return sha256(Uint8Array.of(0, ...data[0]!));
  let k = 1;
  while (k * 2 < data.length) k *= 2;
  return sha256(Uint8Array.of(1, ...referenceMth(data.slice(0, k)), ...referenceMth(data.slice(k))));
}

describe('Merkle tree hash (RFC 6962 / 9162)', () => {
  it('gives SHA-256("") for the empty tree', () => {
    expect(toHex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(merkleRoot([]))).toBe(rootsBySize[0]);
  });

  it('hashes leaves with a 0x00 prefix, matching the reference leaf hashes', () => {
    expect(hexes(leaves)).toEqual(leafHashVectors);
  });

  it('hashes interior nodes with a 0x01 prefix', () => {
    expect(toHex(nodeHash(leaves[0]!, leaves[1]!))).toBe(rootsBySize[2]);
  });

  it('reproduces the reference roots for every tree size 0..8', () => {
    for (let n = 0; n <= 8; n++) expect(toHex(merkleRoot(leaves.slice(0, n)))).toBe(rootsBySize[n]);
  });

  it('accumulates incrementally to the same root at every size', () => {
    const acc = new MerkleAccumulator();
    expect(toHex(acc.root())).toBe(rootsBySize[0]);
    leaves.forEach((leaf, i) => {
      acc.append(leaf);
      expect(acc.size).toBe(i + 1);
      expect(toHex(acc.root())).toBe(rootsBySize[i + 1]);
    });
  });

  it('agrees with a naive recursive implementation for sizes up to 70', () => {
    const data = Array.from({ length: 70 }, (_, i) => Uint8Array.of(i, i * 7));
    const acc = new MerkleAccumulator();
    data.forEach((d, i) => {
      acc.append(leafHash(d));
      expect(toHex(acc.root())).toBe(toHex(referenceMth(data.slice(0, i + 1))));
    });
  });

  it('streams 100,000 leaves in well under a few seconds with O(log n) state', () => {
    const acc = new MerkleAccumulator();
    const leaf = new Uint8Array(32);
    const t0 = Date.now();
    for (let i = 0; i < 100_000; i++) {
      leaf[0] = i & 255;
      leaf[1] = (i >> 8) & 255;
      leaf[2] = i >> 16;
      acc.append(leaf.slice());
    }
    expect(acc.root()).toHaveLength(32);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it.each(inclusionVectors)('generates the reference proof for leaf %i of tree size %i', (index, size, proof) => {
    expect(hexes(inclusionProof(leaves, index, size))).toEqual(proof);
  });

  it.each(inclusionVectors)('verifies the reference proof for leaf %i of tree size %i', (index, size, proof) => {
    expect(verifyInclusion(leaves[index]!, index, size, proof.map((h) => fromHex(h)), root(size))).toBe(true);
  });

  it('round-trips every leaf of every tree size up to 8', () => {
    for (let n = 1; n <= 8; n++) {
      for (let i = 0; i < n; i++) {
        expect(verifyInclusion(leaves[i]!, i, n, inclusionProof(leaves, i, n), root(n))).toBe(true);
      }
    }
  });

  it.each(inclusionVectors.filter(([, , p]) => p.length > 0))(
    'rejects tampered variants of the proof for leaf %i of size %i',
    (index, size, hexProof) => {
      const proof = hexProof.map((h) => fromHex(h));
      const leaf = leaves[index]!;
      const r = root(size);
      const bad: [string, boolean][] = [
        ['index - 1', verifyInclusion(leaf, index - 1, size, proof, r)],
        ['index + 1', verifyInclusion(leaf, index + 1, size, proof, r)],
        ['index ^ 2', verifyInclusion(leaf, index ^ 2, size, proof, r)],
        ['size * 2', verifyInclusion(leaf, index, size * 2, proof, r)],
        ['size / 2', verifyInclusion(leaf, index, Math.floor(size / 2), proof, r)],
        ['wrong leaf', verifyInclusion(someHash, index, size, proof, r)],
        ['empty root', verifyInclusion(leaf, index, size, proof, emptyRoot())],
        ['random root', verifyInclusion(leaf, index, size, proof, someHash)],
        ['trailing garbage', verifyInclusion(leaf, index, size, [...proof, new Uint8Array(0)], r)],
        ['trailing root', verifyInclusion(leaf, index, size, [...proof, r], r)],
        ['preceding garbage', verifyInclusion(leaf, index, size, [new Uint8Array(0), ...proof], r)],
        ['preceding root', verifyInclusion(leaf, index, size, [r, ...proof], r)],
        ['removed component', verifyInclusion(leaf, index, size, proof.slice(0, -1), r)],
        ...proof.map((_, i): [string, boolean] => [
          `flipped bit in proof[${i}]`,
          verifyInclusion(leaf, index, size, proof.map((p, j) => (j === i ? flip(p) : p)), r),
        ]),
      ];
      if (proof.length > 1) {
        bad.push(['inserted component', verifyInclusion(leaf, index, size, [proof[0]!, someHash, ...proof.slice(1)], r)]);
      }
      expect(bad.filter(([, ok]) => ok).map(([name]) => name)).toEqual([]);
    },
  );

  it('rejects an index at or beyond the tree size, and a single-leaf tree with the wrong root', () => {
    expect(verifyInclusion(leaves[0]!, 1, 1, [], root(1))).toBe(false);
    expect(verifyInclusion(leaves[0]!, 0, 0, [], emptyRoot())).toBe(false);
    expect(verifyInclusion(leaves[0]!, 0, 1, [], leaves[0]!)).toBe(true);
    expect(verifyInclusion(leaves[0]!, 0, 1, [], someHash)).toBe(false);
  });

  it('refuses to build a proof for a leaf outside the tree', () => {
    expect(() => inclusionProof(leaves, 8, 8)).toThrow(RangeError);
    expect(() => inclusionProof(leaves, 0, 9)).toThrow(RangeError);
  });
});

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it.each(consistencyVectors)('generates the reference proof from size %i to %i', (m, n, proof) => {
    expect(hexes(consistencyProof(leaves, m, n))).toEqual(proof);
  });

  it.each(consistencyVectors)('verifies the reference proof from size %i to %i', (m, n, proof) => {
    expect(verifyConsistency(m, n, proof.map((h) => fromHex(h)), root(m), root(n))).toBe(true);
  });

  it('round-trips every pair of sizes up to 8', () => {
    for (let n = 0; n <= 8; n++) {
      for (let m = 0; m <= n; m++) {
        expect(verifyConsistency(m, n, consistencyProof(leaves, m, n), root(m), root(n))).toBe(true);
      }
    }
  });

  it.each(consistencyVectors.filter(([, , p]) => p.length > 0))(
    'rejects tampered variants of the proof from size %i to %i',
    (m, n, hexProof) => {
      const proof = hexProof.map((h) => fromHex(h));
      const r1 = root(m);
      const r2 = root(n);
      const bad: [string, boolean][] = [
        ['size1 - 1', verifyConsistency(m - 1, n, proof, r1, r2)],
        ['size1 + 1', verifyConsistency(m + 1, n, proof, r1, r2)],
        ['size1 ^ 2', verifyConsistency(m ^ 2, n, proof, r1, r2)],
        ['size2 * 2', verifyConsistency(m, n * 2, proof, r1, r2)],
        ['size2 / 2', verifyConsistency(m, Math.floor(n / 2), proof, r1, r2)],
        ['wrong root1', verifyConsistency(m, n, proof, someHash, r2)],
        ['wrong root2', verifyConsistency(m, n, proof, r1, someHash)],
        ['swapped roots', verifyConsistency(m, n, proof, r2, r1)],
        ['empty proof', verifyConsistency(m, n, [], r1, r2)],
        ['trailing garbage', verifyConsistency(m, n, [...proof, new Uint8Array(0)], r1, r2)],
        ['trailing root1', verifyConsistency(m, n, [...proof, r1], r1, r2)],
        ['trailing root2', verifyConsistency(m, n, [...proof, r2], r1, r2)],
        ['preceding garbage', verifyConsistency(m, n, [new Uint8Array(0), ...proof], r1, r2)],
        ['preceding root1', verifyConsistency(m, n, [r1, ...proof], r1, r2)],
        ['preceding root2', verifyConsistency(m, n, [r2, ...proof], r1, r2)],
        ['preceding proof[0]', verifyConsistency(m, n, [proof[0]!, ...proof], r1, r2)],
        ['truncated proof', verifyConsistency(m, n, proof.slice(0, -1), r1, r2)],
        ...proof.map((_, i): [string, boolean] => [
          `flipped bit in proof[${i}]`,
          verifyConsistency(m, n, proof.map((p, j) => (j === i ? flip(p, 4) : p)), r1, r2),
        ]),
      ];
      expect(bad.filter(([, ok]) => ok).map(([name]) => name)).toEqual([]);
    },
  );

  it('handles the edge cases: equal sizes need equal roots and no proof; size 0 is a prefix of anything', () => {
    expect(verifyConsistency(0, 0, [], root(0), root(0))).toBe(true);
    expect(verifyConsistency(0, 0, [], root(0), someHash)).toBe(false);
    expect(verifyConsistency(0, 5, [], root(0), root(5))).toBe(true);
    expect(verifyConsistency(0, 1, [emptyRoot()], root(0), root(1))).toBe(false);
    expect(verifyConsistency(3, 3, [], root(3), root(3))).toBe(true);
    expect(verifyConsistency(3, 3, [], root(3), root(4))).toBe(false);
    expect(verifyConsistency(1, 1, [emptyRoot()], root(1), root(1))).toBe(false);
    expect(verifyConsistency(2, 1, [], root(2), root(1))).toBe(false);
  });
});
