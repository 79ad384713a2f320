import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex, utf8, utf8Fallback } from '../../../shared/custody/bytes';

describe('byte helpers (no Buffer, no DOM)', () => {
  it('encode UTF-8 like TextEncoder, also in the fallback used on bare engines', () => {
    const text = 'a€\u0080ö😀साक्ष्य\u007f';
    const expected = new TextEncoder().encode(text);
    expect(utf8(text)).toEqual(expected);
    expect(utf8Fallback(text)).toEqual(expected);
  });

  it('refuse lone surrogates instead of writing U+FFFD', () => {
    expect(() => utf8('x\ud800')).toThrow(/lone surrogate at index 1/);
    expect(() => utf8Fallback('\udc00')).toThrow(/lone surrogate/);
  });

  it('round-trip base64 of every length 0..70 and match the standard encoding', () => {
    for (let n = 0; n <= 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('refuse non-canonical or non-standard base64', () => {
    for (const bad of ['QQ', 'QR==', 'Q Q==', 'Q-_=', 'QQ==QQ==']) expect(() => fromBase64(bad)).toThrow();
  });

  it('use strict lower-case hex only', () => {
    expect(toHex(Uint8Array.of(0, 15, 255))).toBe('000fff');
    expect(fromHex('000fff')).toEqual(Uint8Array.of(0, 15, 255));
    expect(() => fromHex('0F')).toThrow();
    expect(() => fromHex('abc')).toThrow();
  });
});
