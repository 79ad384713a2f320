// Sets of identifier tokens as sorted arrays of 64-bit HMAC prefixes: 8 bytes per value, so the tokens of
// a 10-lakh-record sample take a few MB, and intersections are a linear merge.

export class TokenBuffer {
  #words = new Uint32Array(2 * 1024);
  #n = 0;

  get length(): number {
    return this.#n;
  }

  /** Room for one more token; returns the word offset to write its two halves at. */
  slot(): { words: Uint32Array; at: number } {
    const at = this.reserve();
    return { words: this.#words, at };
  }

  /** Room for one more token, without an object per token: returns the word offset in `words` (read
   * `words` after reserving: reserving may move the tokens to a bigger array). */
  reserve(): number {
    if (2 * (this.#n + 1) > this.#words.length) this.#grow(this.#n + 1);
    return 2 * this.#n++;
  }

  /** The words the tokens are written to. */
  get words(): Uint32Array {
    return this.#words;
  }

  /** The tokens so far as their words (two per token), in a new array of exactly that length (transferable). */
  toWords(): Uint32Array {
    return this.#words.slice(0, 2 * this.#n);
  }

  /** Appends tokens given as words (another buffer's toWords()). */
  appendWords(words: Uint32Array): void {
    const n = words.length >> 1;
    if (2 * (this.#n + n) > this.#words.length) this.#grow(this.#n + n);
    this.#words.set(words.subarray(0, 2 * n), 2 * this.#n);
    this.#n += n;
  }

  #grow(tokens: number): void {
    let size = this.#words.length * 2;
    while (size < 2 * tokens) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.#words.subarray(0, 2 * this.#n));
    this.#words = bigger;
  }

  /** Forgets the tokens (zeroed), keeping the array for the next ones: after a run was spilled. */
  clear(): void {
    this.#words.fill(0, 0, 2 * this.#n);
    this.#n = 0;
  }

  /** The tokens as one 64-bit value each, sorted, with repeats (for duplicate counts). */
  sorted(): BigUint64Array {
    return new BigUint64Array(this.toWords().buffer, 0, this.#n).sort();
  }
}

// The loops below read the 64-bit values as pairs of 32-bit words (low word first on the little-endian
// machines Node runs on): reading a BigUint64Array element makes a BigInt, one allocation per value.

/** Distinct values of a sorted array, as a new sorted array. */
export function uniqueSorted(xs: BigUint64Array): BigUint64Array {
  if (xs.length === 0) return xs;
  const w = new Uint32Array(xs.buffer, xs.byteOffset, xs.length * 2);
  let k = 1;
  for (let i = 1; i < xs.length; i++) {
    const lo = w[2 * i]!, hi = w[2 * i + 1]!;
    if (lo !== w[2 * k - 2] || hi !== w[2 * k - 1]) {
      w[2 * k] = lo;
      w[2 * k + 1] = hi;
      k++;
    }
  }
  return xs.slice(0, k);
}

/** Union of sorted distinct sets (disjoint or not), sorted and distinct: merged two at a time. */
export function unionSorted(sets: readonly BigUint64Array[]): BigUint64Array {
  let out: BigUint64Array = new BigUint64Array(0);
  for (const s of sets) out = mergeDistinct(out, s);
  return out;
}

/** The sorted distinct union of two sorted distinct arrays, in one pass. */
function mergeDistinct(a: BigUint64Array, b: BigUint64Array): BigUint64Array {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const out = new BigUint64Array(a.length + b.length);
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  const o = new Uint32Array(out.buffer);
  let i = 0, j = 0, k = 0;
  while (i < x.length && j < y.length) {
    const xh = x[i + 1]!, yh = y[j + 1]!, xl = x[i]!, yl = y[j]!;
    if (xh < yh || (xh === yh && xl < yl)) {
      o[k] = xl;
      o[k + 1] = xh;
      i += 2;
    } else {
      o[k] = yl;
      o[k + 1] = yh;
      if (xh === yh && xl === yl) i += 2;
      j += 2;
    }
    k += 2;
  }
  for (; i < x.length; i += 2, k += 2) (o[k] = x[i]!), (o[k + 1] = x[i + 1]!);
  for (; j < y.length; j += 2, k += 2) (o[k] = y[j]!), (o[k + 1] = y[j + 1]!);
  return out.slice(0, k >> 1);
}

/** |a ∩ b| for sorted distinct arrays. */
export function intersectionSize(a: BigUint64Array, b: BigUint64Array): number {
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  let i = 0, j = 0, n = 0;
  while (i < x.length && j < y.length) {
    const xh = x[i + 1]!, yh = y[j + 1]!;
    if (xh === yh) {
      const xl = x[i]!, yl = y[j]!;
      if (xl === yl) {
        n++;
        i += 2;
        j += 2;
      } else if (xl < yl) i += 2;
      else j += 2;
    } else if (xh < yh) i += 2;
    else j += 2;
  }
  return n;
}
