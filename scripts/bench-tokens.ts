// `npx tsx scripts/bench-tokens.ts [--n=1000000]`: keyed tokens per second for typical identifiers (Aadhaar,
// mobile, email, PAN, names, one in ten of them Devanagari), three ways: the project's tokeniser
// (shared/analysis/keyed-token.ts, JavaScript), hash-wasm's HMAC-SHA-256 and node:crypto's createHmac.
// All three must give the same 64-bit tokens. Figures vary with load: compare the ratios of one run.
import { createHmac } from 'node:crypto';
import { createHMAC, createSHA256 } from 'hash-wasm';
import { KeyedTokeniser } from '../shared/analysis';
import { tokenPrefix } from '../shared/analysis/keyed-token';

const N = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 1_000_000);
const key = new Uint8Array(32).map((_, i) => (i * 131 + 17) & 0xff);
const types = ['IN_AADHAAR', 'IN_PHONE', 'EMAIL_ADDRESS', 'IN_PAN', 'PERSON'];
const values: string[] = [];
const typeOf: number[] = [];
for (let i = 0; i < N; i++) {
  const t = i % 5;
  typeOf.push(t);
  // Synthetic values in the shapes a leak holds; one name in ten is Devanagari (the slower, multi-byte path).
  values.push(
    t === 0 ? String(234567890124 + i * 7919).slice(0, 12)
      : t === 1 ? String(9000000000 + i * 13)
      : t === 2 ? `user${i}@example.in`
      : t === 3 ? `ABCPE${String(1000 + (i % 9000))}F`
      : i % 10 === 4 ? `राम ${i}` : `Ram Kumar ${i}`,
  );
}
const prefixes = types.map(tokenPrefix);

function time(label: string, run: () => Uint32Array): Uint32Array {
  run(); // warm-up
  const t0 = process.hrtime.bigint();
  const out = run();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(44)} ${Math.round(N / s).toLocaleString('en-IN').padStart(14)} tokens/s`);
  return out;
}

const js = time('KeyedTokeniser.tokenInto (the one SHA-256)', () => {
  const t = new KeyedTokeniser(key);
  const out = new Uint32Array(2 * N);
  for (let i = 0; i < N; i++) t.tokenInto(prefixes[typeOf[i]!]!, values[i]!, out, 2 * i);
  return out;
});
const hw = await createHMAC(createSHA256(), key);
const wasm = time('hash-wasm createHMAC(createSHA256())', () => {
  const out = new Uint32Array(2 * N);
  for (let i = 0; i < N; i++) {
    hw.init();
    hw.update(prefixes[typeOf[i]!]!);
    hw.update(values[i]!);
    const d = hw.digest('binary');
    out[2 * i] = ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) >>> 0;
    out[2 * i + 1] = ((d[4]! << 24) | (d[5]! << 16) | (d[6]! << 8) | d[7]!) >>> 0;
  }
  return out;
});
const node = time('node:crypto createHmac', () => {
  const out = new Uint32Array(2 * N);
  for (let i = 0; i < N; i++) {
    const d = createHmac('sha256', key).update(prefixes[typeOf[i]!]!).update(values[i]!).digest();
    out[2 * i] = d.readUInt32BE(0);
    out[2 * i + 1] = d.readUInt32BE(4);
  }
  return out;
});
for (const [name, x] of [['hash-wasm', wasm], ['node:crypto', node]] as const) {
  if (!x.every((v, i) => v === js[i])) throw new Error(`${name} tokens differ from the tokeniser's`);
}
console.log(`all three give the same ${N.toLocaleString('en-IN')} tokens`);
