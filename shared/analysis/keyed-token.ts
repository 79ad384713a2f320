// HMAC-SHA256 tokens for overlap, fast enough for crores of values. Comparing samples needs one keyed
// hash per identifier; node:crypto's createHmac costs microseconds per call in object set-up, so this
// precomputes the key's inner and outer SHA-256 states once and then hashes each short message with
// two compressions. It is the project's one SHA-256 written out (shared/ has no node:crypto). A second,
// four-lane WebAssembly SIMD copy, emitted as bytes no one could review, was removed: on the 2-core build
// machine it made tokens only 1.04-1.65x faster than this code, and hash-wasm's HMAC, called per token, is
// 3-6x slower than this code (per-call overhead). Measure with scripts/bench-tokens.ts.
// Output: the first 64 bits of HMAC-SHA256(key, type ‖ 0x1F ‖ value), the same message layout as
// shared/pii tokenFor. Checked against RFC 4231's published vectors and @noble/hashes in the tests.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

const W = new Int32Array(64);

/** One SHA-256 compression of the 16 big-endian words block[0..16) into state. The whole message schedule
 * is worked out first; the rounds are unrolled by eight so the working variables never shuffle. */
function compress(state: Int32Array, block: Int32Array): void {
  const w = W;
  for (let i = 0; i < 16; i++) w[i] = block[i]!;
  for (let i = 16; i < 64; i++) {
    const w15 = w[i - 15]!, w2 = w[i - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!, e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  // Each line is one round: T1 is added to the variable that becomes the new `a`, and to the one that
  // becomes the new `e`, in place, then Σ0 and Maj complete the new `a`.
  for (let i = 0; i < 64; i += 8) {
    h = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[i]! + w[i]!) | 0;
    d = (d + h) | 0;
    h = (h + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    g = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[i + 1]! + w[i + 1]!) | 0;
    c = (c + g) | 0;
    g = (g + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0;
    f = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[i + 2]! + w[i + 2]!) | 0;
    b = (b + f) | 0;
    f = (f + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0;
    e = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[i + 3]! + w[i + 3]!) | 0;
    a = (a + e) | 0;
    e = (e + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0;
    d = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[i + 4]! + w[i + 4]!) | 0;
    h = (h + d) | 0;
    d = (d + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0;
    c = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[i + 5]! + w[i + 5]!) | 0;
    g = (g + c) | 0;
    c = (c + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0;
    b = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[i + 6]! + w[i + 6]!) | 0;
    f = (f + b) | 0;
    b = (b + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0;
    a = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[i + 7]! + w[i + 7]!) | 0;
    e = (e + a) | 0;
    a = (a + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** UTF-8 bytes of s into out (which must hold 3 bytes per UTF-16 unit); returns the length. */
function utf8Into(s: string, out: Uint8Array, from = 0): number {
  let n = from;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else {
      const next = s.charCodeAt(i + 1);
      if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 63);
      } else {
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd; // lone surrogate, as TextEncoder does
        out[n++] = 0xe0 | (c >> 12);
      }
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return n - from;
}

/** The message prefix for a type: UTF-8 of "type\u001f", as in tokenFor. */
export function tokenPrefix(type: string): Uint8Array {
  const out = new Uint8Array(type.length * 3 + 1);
  return out.slice(0, utf8Into(`${type}\u001f`, out));
}

export class KeyedTokeniser {
  readonly #inner = new Int32Array(8);
  readonly #outer = new Int32Array(8);
  readonly #state = new Int32Array(8);
  readonly #block = new Int32Array(16);
  #bytes = new Uint8Array(256);

  constructor(key: Uint8Array) {
    if (key.length < 16) throw new RangeError('Token key must be at least 16 bytes');
    let k = key;
    if (k.length > 64) {
      // HMAC hashes over-long keys first.
      const s = IV.slice();
      digestInto(s, k, k.length, this.#block);
      k = new Uint8Array(32);
      for (let i = 0; i < 8; i++) for (let j = 0; j < 4; j++) k[i * 4 + j] = (s[i]! >>> (24 - 8 * j)) & 0xff;
    }
    const pad = new Uint8Array(64);
    for (const [state, x] of [[this.#inner, 0x36], [this.#outer, 0x5c]] as const) {
      pad.fill(x);
      for (let i = 0; i < k.length; i++) pad[i] = k[i]! ^ x;
      state.set(IV);
      for (let i = 0; i < 16; i++) this.#block[i] = (pad[i * 4]! << 24) | (pad[i * 4 + 1]! << 16) | (pad[i * 4 + 2]! << 8) | pad[i * 4 + 3]!;
      compress(state, this.#block);
    }
    pad.fill(0);
    this.#block.fill(0);
  }

  /** Writes the token of `prefix ‖ value` (prefix: UTF-8 of "type\u001f") as high and low 32 bits to
   * out[at], out[at + 1]. Taking the prefix as bytes spares a string concatenation per value. */
  tokenInto(prefix: Uint8Array, value: string, out: Uint32Array, at: number): void {
    const s = this.#state;
    s.set(this.#inner);
    if (this.#blockWords(prefix, value, this.#block)) compress(s, this.#block);
    else {
      const need = prefix.length + value.length * 3;
      if (this.#bytes.length < need) this.#bytes = new Uint8Array(need * 2);
      this.#bytes.set(prefix);
      const n = prefix.length + utf8Into(value, this.#bytes, prefix.length);
      digestInto(s, this.#bytes, n, this.#block, 64);
    }
    this.#outerInto(out, at);
  }

  /** The common case, an ASCII message of at most 55 bytes, as one padded block: its 16 words are built
   * byte by byte in a register and written to out[i]. Returns false when the message is
   * not such (some words may have been written). */
  #blockWords(prefix: Uint8Array, value: string, out: Int32Array): boolean {
    const n = prefix.length + value.length;
    if (n > 55) return false;
    let word = 0;
    let at = 0;
    for (let i = 0; i < prefix.length; i++) {
      word = (word << 8) | prefix[i]!;
      if ((++at & 3) === 0) out[(at >> 2) - 1] = word;
    }
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c > 0x7f) return false;
      word = (word << 8) | c;
      if ((++at & 3) === 0) out[(at >> 2) - 1] = word;
    }
    // The 0x80 end marker, then zeros up to the length word.
    word = (word << 8) | 0x80;
    at++;
    while ((at & 3) !== 0) {
      word <<= 8;
      at++;
    }
    out[(at >> 2) - 1] = word;
    for (let j = at >> 2; j < 15; j++) out[j] = 0;
    out[15] = (64 + n) * 8;
    return true;
  }

  /** Zeroes the key-derived states (they are as good as the key); the tokeniser is unusable after. */
  wipe(): void {
    this.#inner.fill(0);
    this.#outer.fill(0);
    this.#state.fill(0);
    this.#block.fill(0);
    this.#bytes.fill(0);
  }

  #outerInto(out: Uint32Array, at: number): void {
    const s = this.#state;
    // Outer hash: opad state ‖ 32-byte inner digest, padded.
    const b = this.#block;
    for (let i = 0; i < 8; i++) b[i] = s[i]!;
    b[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) b[i] = 0;
    b[15] = (64 + 32) * 8;
    s.set(this.#outer);
    compress(s, b);
    out[at] = s[0]!;
    out[at + 1] = s[1]!;
  }
}

/** Finishes SHA-256 over bytes[0..len) on top of `state` (which already absorbed `prefixBytes`). */
function digestInto(state: Int32Array, bytes: Uint8Array, len: number, block: Int32Array, prefixBytes = 0): void {
  const total = len + prefixBytes;
  let off = 0;
  // Full blocks.
  while (len - off >= 64) {
    for (let i = 0; i < 16; i++) {
      const p = off + i * 4;
      block[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
    }
    compress(state, block);
    off += 64;
  }
  // Tail, 0x80, zeros and the 64-bit bit length (lengths here stay far below 2^32 bits).
  block.fill(0);
  const rest = len - off;
  for (let i = 0; i < rest; i++) block[i >> 2]! |= bytes[off + i]! << (24 - 8 * (i & 3));
  block[rest >> 2]! |= 0x80 << (24 - 8 * (rest & 3));
  if (rest >= 56) {
    compress(state, block);
    block.fill(0);
  }
  block[14] = Math.floor((total * 8) / 4294967296) | 0;
  block[15] = (total * 8) | 0;
  compress(state, block);
}

