import { describe, it, expect } from 'vitest';
import { terminalText, terminalValue } from '../../../shared/format/terminal';

describe('terminalValue: one field of a line', () => {
  it('spells out ESC sequences, BEL, DEL and C1 controls as \\uXXXX', () => {
    expect(terminalValue('a\u001b]52;c;eA==\u0007b')).toBe('a\\u001b]52;c;eA==\\u0007b');
    expect(terminalValue('x\u007fy\u0085z\u009b')).toBe('x\\u007fy\\u0085z\\u009b');
  });
  it('spells out tab, newline and carriage return, so a value cannot add a column or a line', () => {
    expect(terminalValue('a\tb\nc\rd')).toBe('a\\u0009b\\u000ac\\u000dd');
  });
  it('spells out every bidi control and the line/paragraph separators', () => {
    const bidi = [0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x2028, 0x2029];
    for (const cp of bidi) expect(terminalValue(`a${String.fromCodePoint(cp)}b`)).toBe(`a\\u${cp.toString(16).padStart(4, '0')}b`);
  });
  it('spells out other invisible format characters (BOM, soft hyphen, tag characters as a UTF-16 pair)', () => {
    expect(terminalValue('\ufeffa\u00adb')).toBe('\\ufeffa\\u00adb');
    expect(terminalValue('a\u{e0041}')).toBe('a\\udb40\\udc41');
  });
  it('keeps Devanagari with ZWJ/ZWNJ, other scripts, emoji and backslashes as they are', () => {
    for (const s of ['क्‍ष and क्‌ष', 'साक्ष्य', 'Zoë 👩‍💻', 'C:\\evidence\\a.csv', '']) expect(terminalValue(s)).toBe(s);
  });
  it('spells out a lone surrogate rather than letting the encoder turn it into U+FFFD', () => {
    expect(terminalValue('a\ud800b')).toBe('a\\ud800b');
  });
  it('prints null and undefined as empty and numbers as text', () => {
    expect(terminalValue(null)).toBe('');
    expect(terminalValue(undefined)).toBe('');
    expect(terminalValue(42)).toBe('42');
  });
});

describe('terminalText: whole output', () => {
  it('keeps tab and newline as layout but escapes carriage return and the rest', () => {
    expect(terminalText('id\tname\u202e\r\n')).toBe('id\tname\\u202e\\u000d\n');
  });
  it('leaves JSON meaning unchanged: the escaped text parses to the same values', () => {
    const value = { name: 'a\u202eb\u0085c\u007f\u2066d\u{e0041}', n: 1 };
    const escaped = terminalText(JSON.stringify(value));
    expect(escaped).not.toMatch(/[\u007f-\u009f\u202e\u2066]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});
