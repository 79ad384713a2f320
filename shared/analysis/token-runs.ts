// Token sets too large to hold in memory: sorted runs of 64-bit keyed tokens written to a RunStore (in the
// app, encrypted temporary files inside the vault) and read back as a stream of chunks, then k-way merged to
// count values and distinct values, to write the distinct set, and to count intersections and unions. Pure:
// the store is an interface, so the merging is tested here with an in-memory store and the node layer only
// supplies the encrypted files. Tokens travel as pairs of 32-bit words (low word first), as in token-set.ts.

/** Where runs go: a writer takes words in order; a finished run reads back as chunks of whole tokens. */
export interface RunStore {
  writer(): RunWriter;
}

export interface RunWriter {
  /** Appends tokens (an even number of words); the writer copies what it keeps. */
  push(words: Uint32Array): void;
  /** Finishes the run. */
  end(): SpilledTokens;
}

/** A sorted run of tokens held by a RunStore: its length, and a reader of its words in order. */
export interface SpilledTokens {
  readonly length: number;
  /** The run's words, two per token, in chunks of whole tokens. */
  chunks(): Iterable<Uint32Array>;
}

/** A sorted set of distinct tokens, in memory or in a store. */
export type TokenSet = BigUint64Array | SpilledTokens;

/** Words pushed to a writer at a time while merging. */
const OUT_WORDS = 1 << 14;

/** Reads a sorted sequence of tokens one at a time. */
class Cursor {
  lo = 0;
  hi = 0;
  done = false;
  #chunk: Uint32Array = new Uint32Array(0);
  #at = 0;
  readonly #it: Iterator<Uint32Array>;

  constructor(source: Iterable<Uint32Array>) {
    this.#it = source[Symbol.iterator]();
    this.next();
  }

  next(): void {
    while (this.#at >= this.#chunk.length) {
      const r = this.#it.next();
      if (r.done) {
        this.done = true;
        return;
      }
      this.#chunk = r.value;
      this.#at = 0;
    }
    this.lo = this.#chunk[this.#at]!;
    this.hi = this.#chunk[this.#at + 1]!;
    this.#at += 2;
  }
}

function wordsOf(s: TokenSet): Iterable<Uint32Array> {
  if (s instanceof BigUint64Array) return [new Uint32Array(s.buffer, s.byteOffset, s.length * 2)];
  return s.chunks();
}

/** Collects merged output in a buffer and hands full buffers to a writer. */
class Out {
  readonly #buf = new Uint32Array(OUT_WORDS);
  #n = 0;
  constructor(readonly w: RunWriter) {}

  add(lo: number, hi: number): void {
    this.#buf[this.#n++] = lo;
    this.#buf[this.#n++] = hi;
    if (this.#n === OUT_WORDS) {
      this.w.push(this.#buf);
      this.#n = 0;
    }
  }

  end(): SpilledTokens {
    if (this.#n > 0) this.w.push(this.#buf.subarray(0, this.#n));
    this.#buf.fill(0);
    return this.w.end();
  }
}

/**
 * Merges sorted sequences (each may repeat values) in order, calling `each(lo, hi)` for every distinct
 * value with how many times it occurs across all of them. Returns how many values there were in all.
 */
function mergeSorted(sources: readonly Iterable<Uint32Array>[], each: (lo: number, hi: number, times: number) => void): number {
  const cursors = sources.map((s) => new Cursor(s)).filter((c) => !c.done);
  let values = 0;
  let have = false, lo = 0, hi = 0, times = 0;
  while (cursors.length > 0) {
    // Few runs per set (the spill threshold is millions of tokens): a linear scan beats a heap here.
    let m = 0;
    for (let i = 1; i < cursors.length; i++) {
      const c = cursors[i]!, b = cursors[m]!;
      if (c.hi < b.hi || (c.hi === b.hi && c.lo < b.lo)) m = i;
    }
    const c = cursors[m]!;
    values++;
    if (have && c.lo === lo && c.hi === hi) times++;
    else {
      if (have) each(lo, hi, times);
      have = true;
      lo = c.lo;
      hi = c.hi;
      times = 1;
    }
    c.next();
    if (c.done) cursors.splice(m, 1);
  }
  if (have) each(lo, hi, times);
  return values;
}

/**
 * Sorted runs of one identifier type (with repeats) → how many values, and the distinct set written to
 * `store`. The same figures as sorting all values at once and removing repeats.
 */
export function distinctOfRuns(runs: readonly TokenSet[], store: RunStore): { values: number; distinct: SpilledTokens } {
  const out = new Out(store.writer());
  const values = mergeSorted(runs.map(wordsOf), (lo, hi) => out.add(lo, hi));
  return { values, distinct: out.end() };
}

/** The sorted distinct union of sorted distinct sets, written to `store`. */
export function unionToStore(sets: readonly TokenSet[], store: RunStore): SpilledTokens {
  return distinctOfRuns(sets, store).distinct;
}

/** |union| of sorted distinct sets, streamed (nothing is kept). */
export function unionCount(sets: readonly TokenSet[]): number {
  let n = 0;
  mergeSorted(sets.map(wordsOf), () => void n++);
  return n;
}

/** |a ∩ b| of two sorted distinct sets, streamed. */
export function intersectionCount(a: TokenSet, b: TokenSet): number {
  const x = new Cursor(wordsOf(a)), y = new Cursor(wordsOf(b));
  let n = 0;
  while (!x.done && !y.done) {
    if (x.hi === y.hi && x.lo === y.lo) {
      n++;
      x.next();
      y.next();
    } else if (x.hi < y.hi || (x.hi === y.hi && x.lo < y.lo)) x.next();
    else y.next();
  }
  return n;
}

/** An in-memory RunStore (tests, and where spilling to disk is not wanted): the runs stay in arrays. */
export class MemoryRunStore implements RunStore {
  runs = 0;
  writer(): RunWriter {
    const parts: Uint32Array[] = [];
    let words = 0;
    return {
      push: (w) => {
        parts.push(w.slice());
        words += w.length;
      },
      end: () => {
        this.runs++;
        return { length: words >> 1, chunks: () => parts };
      },
    };
  }
}
