import { describe, it, expect } from 'vitest';
import { esc, html } from '../../../shared/report/escape';

describe('report escaping of bidi controls and separators', () => {
  it('prints every bidi mark, embedding, override and isolate as a visible [U+XXXX]', () => {
    const cases: [number, string][] = [
      [0x200e, '[U+200E]'],
      [0x200f, '[U+200F]'],
      [0x061c, '[U+061C]'],
      [0x202a, '[U+202A]'],
      [0x202b, '[U+202B]'],
      [0x202c, '[U+202C]'],
      [0x202d, '[U+202D]'],
      [0x202e, '[U+202E]'],
      [0x2066, '[U+2066]'],
      [0x2067, '[U+2067]'],
      [0x2068, '[U+2068]'],
      [0x2069, '[U+2069]'],
      [0x2028, '[U+2028]'],
      [0x2029, '[U+2029]'],
    ];
    for (const [cp, shown] of cases) expect(esc(`a${String.fromCharCode(cp)}b`)).toBe(`a${shown}b`);
  });
  it('keeps the real order of a spoofed file name and says where the override was', () => {
    expect(esc('invoice\u202efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(String(html`<td>${'x\u2067<b>y</b>\u2069'}</td>`)).toBe('<td>x[U+2067]&lt;b&gt;y&lt;/b&gt;[U+2069]</td>');
  });
  it('still drops other C0 controls and DEL, keeps tab, newline, ZWJ/ZWNJ and Devanagari', () => {
    expect(esc('a\u001b[31mb\u007fc')).toBe('a[31mbc');
    expect(esc('a\tb\nc')).toBe('a\tb\nc');
    expect(esc('क्‍ष क्‌ष साक्ष्य')).toBe('क्‍ष क्‌ष साक्ष्य');
  });
});
