// RFC 9162 (Certificate Transparency v2, same tree as RFC 6962) Merkle Tree Hash, inclusion and
// consistency proofs. Domain separation: leaves are SHA-256(0x00 || data), interior nodes
// SHA-256(0x01 || left || right), so a leaf can never be passed off as a node (second-preimage attack).
//
// Sizes and indices are plain numbers (safe integers); arithmetic uses division, not bit operators,
// which would silently wrap above 2^31.
import { bytesEqual, concatBytes } from './bytes';
import { nobleCustodyCrypto, type CustodyHash } from './crypto';

export const HASH_SIZE = 32;
const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

export function leafHash(data: Uint8Array, hash: CustodyHash = nobleCustodyCrypto): Uint8Array {
  return hash.sha256(concatBytes(LEAF_PREFIX, data));
}

export function nodeHash(left: Uint8Array, right: Uint8Array, hash: CustodyHash = nobleCustodyCrypto): Uint8Array {
  return hash.sha256(concatBytes(NODE_PREFIX, left, right));
}

/** MTH({}) = SHA-256 of the empty string (e3b0c442…). */
export function emptyRoot(hash: CustodyHash = nobleCustodyCrypto): Uint8Array {
  return hash.sha256(new Uint8Array(0));
}

/** Largest power of two strictly smaller than n (n ≥ 2): where RFC 9162 splits a tree. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

function isSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Root of a growing tree kept as its "compact range": the roots of the perfect subtrees that make up the
 * first n leaves (one per set bit of n). Appending is amortised O(1) hashes and memory is O(log n), so a
 * verifier can stream 100,000 entries and read the root at every checkpoint size on the way.
 */
export class MerkleAccumulator {
  private readonly stack: { hash: Uint8Array; size: number }[] = [];
  private count = 0;

  constructor(private readonly hash: CustodyHash = nobleCustodyCrypto) {}

  get size(): number {
    return this.count;
  }

  /** The compact range (subtree roots, largest first, with their sizes): what a store keeps so that the next
   * append after a restart costs O(log n) instead of re-hashing every leaf. */
  frontier(): { hash: Uint8Array; size: number }[] {
    return this.stack.map((x) => ({ hash: x.hash, size: x.size }));
  }

  /** Resumes a tree from a frontier `frontier()` gave; refuses one whose sizes are not a tree's compact range. */
  static fromFrontier(frontier: readonly { hash: Uint8Array; size: number }[], hash: CustodyHash = nobleCustodyCrypto): MerkleAccumulator {
    const acc = new MerkleAccumulator(hash);
    let prev = Infinity;
    for (const f of frontier) {
      if (!isPowerOfTwo(f.size) || f.size >= prev || f.hash.length !== HASH_SIZE) throw new RangeError('not a Merkle frontier');
      prev = f.size;
      acc.stack.push({ hash: f.hash, size: f.size });
      acc.count += f.size;
    }
    return acc;
  }

  append(leaf: Uint8Array): void {
    let node = { hash: leaf, size: 1 };
    for (let top = this.stack.at(-1); top && top.size === node.size; top = this.stack.at(-1)) {
      this.stack.pop();
      node = { hash: nodeHash(top.hash, node.hash, this.hash), size: top.size * 2 };
    }
    this.stack.push(node);
    this.count++;
  }

  /** MTH of everything appended so far. Folding right to left reproduces RFC 9162's split rule. */
  root(): Uint8Array {
    const last = this.stack.at(-1);
    if (!last) return emptyRoot(this.hash);
    let acc = last.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i]!.hash, acc, this.hash);
    return acc;
  }
}

/** MTH(D[n]) of the given leaf hashes. */
export function merkleRoot(leafHashes: readonly Uint8Array[], hash: CustodyHash = nobleCustodyCrypto): Uint8Array {
  const acc = new MerkleAccumulator(hash);
  for (const leaf of leafHashes) acc.append(leaf);
  return acc.root();
}

function subtreeRoot(leaves: readonly Uint8Array[], start: number, end: number, hash: CustodyHash): Uint8Array {
  const n = end - start;
  if (n === 0) return emptyRoot(hash);
  if (n === 1) return leaves[start]!;
  const k = splitPoint(n);
  return nodeHash(subtreeRoot(leaves, start, start + k, hash), subtreeRoot(leaves, start + k, end, hash), hash);
}

/**
 * PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path proving leaf `index` is in the tree made of the first
 * `treeSize` leaf hashes. Throws on an index or size out of range (a caller bug, not bad evidence).
 */
export function inclusionProof(
  leafHashes: readonly Uint8Array[],
  index: number,
  treeSize: number = leafHashes.length,
  hash: CustodyHash = nobleCustodyCrypto,
): Uint8Array[] {
  if (!isSize(treeSize) || treeSize > leafHashes.length) throw new RangeError(`tree size ${treeSize} out of range`);
  if (!isSize(index) || index >= treeSize) throw new RangeError(`leaf index ${index} not below tree size ${treeSize}`);
  const path = (m: number, start: number, end: number): Uint8Array[] => {
    const n = end - start;
    if (n <= 1) return [];
    const k = splitPoint(n);
    return m < k
      ? [...path(m, start, start + k), subtreeRoot(leafHashes, start + k, end, hash)]
      : [...path(m - k, start + k, end), subtreeRoot(leafHashes, start, start + k, hash)];
  };
  return path(index, 0, treeSize);
}

/** RFC 9162 §2.1.3.2: recompute the root from a leaf hash and its audit path and compare. */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  hash: CustodyHash = nobleCustodyCrypto,
): boolean {
  if (!isSize(index) || !isSize(treeSize) || index >= treeSize) return false;
  if (leaf.length !== HASH_SIZE || root.length !== HASH_SIZE) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (p.length !== HASH_SIZE || sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r, hash);
      if (!isOdd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!isOdd(fn) && fn !== 0);
      }
    } else {
      r = nodeHash(r, p, hash);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(r, root);
}

/**
 * PROOF(m, D[n]) of RFC 9162 §2.1.4.1: proves the tree of the first `oldSize` leaves is a prefix of the
 * tree of the first `newSize` leaves. Empty when oldSize is 0 or equals newSize.
 */
export function consistencyProof(
  leafHashes: readonly Uint8Array[],
  oldSize: number,
  newSize: number = leafHashes.length,
  hash: CustodyHash = nobleCustodyCrypto,
): Uint8Array[] {
  if (!isSize(newSize) || newSize > leafHashes.length) throw new RangeError(`tree size ${newSize} out of range`);
  if (!isSize(oldSize) || oldSize > newSize) throw new RangeError(`old size ${oldSize} exceeds new size ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const sub = (m: number, start: number, end: number, complete: boolean): Uint8Array[] => {
    const n = end - start;
    if (m === n) return complete ? [] : [subtreeRoot(leafHashes, start, end, hash)];
    const k = splitPoint(n);
    return m <= k
      ? [...sub(m, start, start + k, complete), subtreeRoot(leafHashes, start + k, end, hash)]
      : [...sub(m - k, start + k, end, false), subtreeRoot(leafHashes, start, start + k, hash)];
  };
  return sub(oldSize, 0, newSize, true);
}

/** RFC 9162 §2.1.4.2, with the edge cases (equal sizes, empty old tree) handled as transparency-dev does. */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  hash: CustodyHash = nobleCustodyCrypto,
): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && bytesEqual(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0; // the empty tree is a prefix of every tree
  if (proof.length === 0 || proof.some((p) => p.length !== HASH_SIZE)) return false;
  if (oldRoot.length !== HASH_SIZE || newRoot.length !== HASH_SIZE) return false;

  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr, hash);
      sr = nodeHash(c, sr, hash);
      if (!isOdd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!isOdd(fn) && fn !== 0);
      }
    } else {
      sr = nodeHash(sr, c, hash);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
}
