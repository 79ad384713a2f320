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
    if (2 * (this.#n + 1) > this.#words.length) this.#grow(this.#n + 1);
    return { words: this.#words, at: 2 * this.#n++ };
  }

  /** The tokens so far as their words (two per token), in a new array of exactly that length (transferable). */
  words(): Uint32Array {
    return this.#words.slice(0, 2 * this.#n);
  }

  /** Appends tokens given as words (another buffer's words()). */
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

  /** The tokens as one 64-bit value each, sorted, with repeats (for duplicate counts). */
  sorted(): BigUint64Array {
    const words = this.#words.slice(0, 2 * this.#n);
    return new BigUint64Array(words.buffer, 0, this.#n).sort();
  }
}

/** Distinct values of a sorted array, as a new sorted array. */
export function uniqueSorted(xs: BigUint64Array): BigUint64Array {
  if (xs.length === 0) return xs;
  let k = 1;
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[k - 1]) xs[k++] = xs[i]!;
  return xs.slice(0, k);
}

/** Union of disjoint-or-not sorted sets, sorted and distinct. */
export function unionSorted(sets: readonly BigUint64Array[]): BigUint64Array {
  const total = sets.reduce((a, s) => a + s.length, 0);
  const all = new BigUint64Array(total);
  let at = 0;
  for (const s of sets) {
    all.set(s, at);
    at += s.length;
  }
  return uniqueSorted(all.sort());
}

/** |a ∩ b| for sorted distinct arrays. */
export function intersectionSize(a: BigUint64Array, b: BigUint64Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
