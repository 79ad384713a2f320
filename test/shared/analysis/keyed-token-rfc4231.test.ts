// The keyed tokens are HMAC-SHA-256 truncated to 64 bits: checked against the published vectors of RFC 4231
// section 4 (the expected values are copied from the RFC, not computed). The tokeniser refuses keys shorter
// than 16 bytes, so test case 2 (the 4-byte key "Jefe") is the one vector it cannot take; case 5's data is
// truncated in the RFC to 128 bits, of which the token is the first 64.
import { describe, it, expect } from 'vitest';
import { KeyedTokeniser } from '../../../shared/analysis';

const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const fill = (n: number, byte: number): Uint8Array => new Uint8Array(n).fill(byte);

const VECTORS: { name: string; key: Uint8Array; data: Uint8Array; mac: string }[] = [
  { name: 'test case 1', key: fill(20, 0x0b), data: ascii('Hi There'), mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  { name: 'test case 3', key: fill(20, 0xaa), data: fill(50, 0xdd), mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  { name: 'test case 4', key: hex('0102030405060708090a0b0c0d0e0f10111213141516171819'), data: fill(50, 0xcd), mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b' },
  { name: 'test case 5', key: fill(20, 0x0c), data: ascii('Test With Truncation'), mac: 'a3b6167473100ee06e0c796c2955552b' },
  {
    name: 'test case 6 (key longer than a block)',
    key: fill(131, 0xaa),
    data: ascii('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    name: 'test case 7 (key and data longer than a block)',
    key: fill(131, 0xaa),
    data: ascii('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

const tokenHex = (out: Uint32Array): string => [out[0]!, out[1]!].map((w) => w.toString(16).padStart(8, '0')).join('');

describe('keyed tokens against RFC 4231 HMAC-SHA-256 vectors', () => {
  for (const v of VECTORS) {
    it(`give the first 64 bits of ${v.name}`, () => {
      const t = new KeyedTokeniser(v.key);
      const out = new Uint32Array(2);
      // The message as prefix bytes (any bytes, as the RFC's 0xdd data) …
      t.tokenInto(v.data, '', out, 0);
      expect(tokenHex(out)).toBe(v.mac.slice(0, 16));
      // … and split between the prefix and an ASCII value, as the tokeniser is called for identifiers.
      if (v.data.every((b) => b < 0x80)) {
        const text = String.fromCharCode(...v.data);
        t.tokenInto(ascii(text.slice(0, 5)), text.slice(5), out, 0);
        expect(tokenHex(out)).toBe(v.mac.slice(0, 16));
      }
    });
  }

  it('refuses the 4-byte key of test case 2: a token key is at least 16 bytes', () => {
    expect(() => new KeyedTokeniser(ascii('Jefe'))).toThrow(RangeError);
  });
});
