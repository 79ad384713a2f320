// A fast 53-bit string hash (cyrb53) for counting repeated rows. Not keyed and never stored or shown:
// it only decides whether two rows of the same sample are identical, in memory, during one analysis.

export function hash53(s: string, seed = 0): number {
  return hash53Range(s, 0, s.length, seed);
}

/** cyrb53's final mix of its two 32-bit lanes into 53 bits. */
function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** hash53 of s.slice(start, end), without making the slice. */
export function hash53Range(s: string, start: number, end: number, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish53(h1, h2);
}

/** hash53 of a row's cells joined with U+0000, a null cell written as U+0001 (characters that cannot
 * occur in a cell of a text file), without building the joined string. */
export function hashCells(cells: readonly (string | null)[], seed = 0): number {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let k = 0; k < cells.length; k++) {
    if (k > 0) {
      h1 = Math.imul(h1, 2654435761);
      h2 = Math.imul(h2, 1597334677);
    }
    const s = cells[k];
    if (s === null || s === undefined) {
      h1 = Math.imul(h1 ^ 1, 2654435761);
      h2 = Math.imul(h2 ^ 1, 1597334677);
      continue;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  return finish53(h1, h2);
}

/** Growable list of row hashes; repeats are counted after sorting. */
export class HashList {
  #xs = new Float64Array(1024);
  #n = 0;

  push(h: number): void {
    if (this.#n === this.#xs.length) this.#grow(this.#n + 1);
    this.#xs[this.#n++] = h;
  }

  /** Appends another list's hashes (a partial profile's). */
  pushAll(hs: Float64Array): void {
    if (this.#n + hs.length > this.#xs.length) this.#grow(this.#n + hs.length);
    this.#xs.set(hs, this.#n);
    this.#n += hs.length;
  }

  /** The hashes, as a new array of exactly this length (transferable). */
  toArray(): Float64Array {
    return this.#xs.slice(0, this.#n);
  }

  #grow(need: number): void {
    let size = this.#xs.length * 2;
    while (size < need) size *= 2;
    const bigger = new Float64Array(size);
    bigger.set(this.#xs.subarray(0, this.#n));
    this.#xs = bigger;
  }

  get length(): number {
    return this.#n;
  }

  /** Forgets the hashes, keeping the array: after they were spilled as a sorted run. */
  clear(): void {
    this.#n = 0;
  }

  /** The hashes sorted, as 64-bit integers in two 32-bit words each (low first), to spill as a run of
   * tokens: a hash is an integer below 2^53, so the words order the same way the numbers do. */
  sortedWords(): Uint32Array {
    const xs = this.#xs.slice(0, this.#n).sort();
    const w = new Uint32Array(2 * xs.length);
    for (let i = 0; i < xs.length; i++) {
      const h = xs[i]!;
      w[2 * i] = h >>> 0;
      w[2 * i + 1] = Math.floor(h / 4294967296);
    }
    return w;
  }

  /** How many entries repeat an earlier one. */
  repeats(): number {
    const xs = this.#xs.slice(0, this.#n).sort();
    let r = 0;
    for (let i = 1; i < xs.length; i++) if (xs[i] === xs[i - 1]) r++;
    return r;
  }
}
