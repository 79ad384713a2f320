// HMAC-SHA256 of four short messages at once, in WebAssembly SIMD: each 128-bit lane holds the same word of
// a different message, so one pass of the 64 rounds hashes four. The tokens of a 10-lakh-record sample
// need millions of HMACs and are most of the analysis's work; this does them about three times faster
// than one at a time in JavaScript. The module is written out here as bytes (there is no WebAssembly
// toolchain in the build) and checked against @noble/hashes in the tests. Where WebAssembly SIMD is
// missing, hmacSimd() is null and keyed-token.ts hashes in JavaScript.
//
// Memory layout (one 64 KiB page): the key's inner and outer SHA-256 states at KEYS (16 words); message
// blocks at BLOCKS, four messages to a group of 16 vectors (vector i holds word i of each message); the
// first two words of each HMAC at OUT, two vectors per group.

export const KEYS = 0;
export const OUT = 64;
export const BLOCKS = 4096;
/** Messages per call: the blocks of BATCH / 4 groups fill the page after BLOCKS. */
export const BATCH = 4 * Math.floor((65536 - BLOCKS) / 256);

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));

// Locals: parameters in, out, groups (i32); then 16 message words, 8 working variables (v128).
const P_IN = 0, P_OUT = 1, P_GROUPS = 2;
const W0 = 3, V0 = 19;

/** The body of hmac4(in, out, groups). */
function body(): number[] {
  const c: number[] = [];
  const op = (...b: number[]) => c.push(...b);
  const simd = (code: number) => op(0xfd, ...uleb(code));
  const get = (l: number) => op(0x20, ...uleb(l));
  const set = (l: number) => op(0x21, ...uleb(l));
  const tee = (l: number) => op(0x22, ...uleb(l));
  const i32 = (n: number) => op(0x41, ...sleb(n | 0));
  const splat = (n: number) => (i32(n), simd(0x11));
  const add = () => simd(0xae);
  const xor = () => simd(0x51);
  const rotr = (l: number, n: number) => {
    get(l);
    i32(n);
    simd(0xad); // i32x4.shr_u
    get(l);
    i32(32 - n);
    simd(0xab); // i32x4.shl
    simd(0x50); // v128.or
  };
  const keyWord = (k: number) => {
    i32(0);
    op(0x28, 2, ...uleb(KEYS + 4 * k)); // i32.load
    simd(0x11);
  };
  const rounds = () => {
    for (let i = 0; i < 64; i++) {
      const w = W0 + (i & 15);
      if (i >= 16) {
        const w15 = W0 + ((i - 15) & 15), w2 = W0 + ((i - 2) & 15), w7 = W0 + ((i - 7) & 15);
        get(w);
        rotr(w15, 7), rotr(w15, 18), xor(), get(w15), i32(3), simd(0xad), xor(); // σ0
        add();
        get(w7);
        add();
        rotr(w2, 17), rotr(w2, 19), xor(), get(w2), i32(10), simd(0xad), xor(); // σ1
        add();
        set(w);
      }
      // The working variables rotate by name, not by moving values: role r at round i is V0 + (r - i) mod 8.
      const v = (r: number) => V0 + ((((r - i) % 8) + 8) % 8);
      const [A, B, C, D, E, F, G, H] = [0, 1, 2, 3, 4, 5, 6, 7].map(v) as [number, number, number, number, number, number, number, number];
      // H += Σ1(E) + Ch(E, F, G) + K[i] + W[i]; D += H; H += Σ0(A) + Maj(A, B, C)
      get(H);
      rotr(E, 6), rotr(E, 11), xor(), rotr(E, 25), xor();
      add();
      get(F), get(G), get(E), simd(0x52); // v128.bitselect: (F & E) | (G & ~E)
      add();
      splat(K[i]!);
      add();
      get(w);
      add();
      tee(H);
      get(D);
      add();
      set(D);
      get(H);
      rotr(A, 2), rotr(A, 13), xor(), rotr(A, 22), xor();
      add();
      get(B), get(A), get(A), get(C), xor(), simd(0x52); // Maj: B where A ≠ C, else A
      add();
      set(H);
    }
  };
  op(0x02, 0x40); // block
  op(0x03, 0x40); // loop
  get(P_GROUPS);
  op(0x45, 0x0d, 1); // i32.eqz; br_if 1
  // Inner hash: the message block on top of the key's inner state.
  for (let i = 0; i < 16; i++) get(P_IN), simd(0x00), op(4, ...uleb(16 * i)), set(W0 + i);
  for (let k = 0; k < 8; k++) keyWord(k), set(V0 + k);
  rounds();
  // Outer hash: its block is the inner digest, 0x80, zeros and the length (64 + 32 bytes, in bits).
  for (let k = 0; k < 8; k++) keyWord(k), get(V0 + k), add(), set(W0 + k);
  splat(0x80000000), set(W0 + 8);
  for (let i = 9; i < 15; i++) splat(0), set(W0 + i);
  splat((64 + 32) * 8), set(W0 + 15);
  for (let k = 0; k < 8; k++) keyWord(8 + k), set(V0 + k);
  rounds();
  for (let k = 0; k < 2; k++) get(P_OUT), keyWord(8 + k), get(V0 + k), add(), simd(0x0b), op(4, ...uleb(16 * k));
  get(P_IN), i32(256), op(0x6a), set(P_IN);
  get(P_OUT), i32(32), op(0x6a), set(P_OUT);
  get(P_GROUPS), i32(1), op(0x6b), set(P_GROUPS);
  op(0x0c, 0); // br 0
  op(0x0b, 0x0b); // end loop, end block
  return [...vec([[16, 0x7b], [8, 0x7b]]), ...c, 0x0b];
}

function moduleBytes(): Uint8Array {
  const fn = body();
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 3, 0x7f, 0x7f, 0x7f, 0]])), // (i32, i32, i32) -> ()
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])), // one page
    ...section(7, vec([[...name('hmac4'), 0x00, 0], [...name('mem'), 0x02, 0]])),
    ...section(10, vec([[...uleb(fn.length), ...fn]])),
  ]);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module (once per thread), or null where WebAssembly SIMD is not available. */
function hmacSimdModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const bytes = moduleBytes();
      compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

export interface HmacSimd {
  /** The page: keys, blocks and results, as 32-bit words. */
  words: Int32Array;
  /** Hashes groups of four message blocks at BLOCKS into OUT. */
  hmac4(groups: number): void;
}

/** A fresh instance with its own memory (the caller writes the key states at KEYS). */
export function hmacSimd(): HmacSimd | null {
  const m = hmacSimdModule();
  if (!m) return null;
  const inst = new WebAssembly.Instance(m);
  const { hmac4, mem } = inst.exports as { hmac4: (i: number, o: number, g: number) => void; mem: WebAssembly.Memory };
  return { words: new Int32Array(mem.buffer), hmac4: (g) => hmac4(BLOCKS, OUT, g) };
}
