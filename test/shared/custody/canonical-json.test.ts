import { describe, expect, it } from 'vitest';
import { toHex } from '../../../shared/custody/bytes';
import { CanonicalJsonError, canonicalBytes, canonicalize } from '../../../shared/custody/canonical-json';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

describe('RFC 8785 JSON canonicalization', () => {
  it('reproduces the RFC §3.2.2 / cyberphone "values" example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals": [null, true, false]}',
    ) as unknown;
    const expected =
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    expect(canonicalize(input)).toBe(expected);
  });

  it('emits UTF-8 bytes (RFC §3.2.4): the euro sign becomes e2 82 ac', () => {
    expect(toHex(canonicalBytes({ a: '€' }))).toBe('7b2261223a22e282ac227d');
  });

  it('sorts keys by UTF-16 code units, as in the RFC §3.2.3 example', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order from the text: JSON.parse would move the numeric-looking key "1" to the front anyway.
    const text = canonicalize(input);
    const positions = Object.keys(input).map((k) => [k, text.indexOf(JSON.stringify(k))] as const);
    expect(positions.sort((a, b) => a[1] - b[1]).map(([k]) => input[k as keyof typeof input])).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(text.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
  });

  it('reproduces the cyberphone "weird" test file (sorting with surrogate pairs, U+007F kept raw)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '1': 'One',
      '\u0080': 'Control\u007f',
      '\ud83d\ude02': 'Smiley',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '</script>': 'Browser Challenge',
    };
    expect(canonicalize(input)).toBe(
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f",' +
        '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude02":"Smiley",' +
        '"\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('reproduces the cyberphone "structures" test file (nested sorting, 56.0 → 56)', () => {
    const input = JSON.parse('{"1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},"10": { },"": "empty","a": { },"111": [ { } ],"A": { }}') as unknown;
    expect(canonicalize(input)).toBe('{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}');
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their required serialisation.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double with bits %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalize(fromBits(bits))).toBe(text);
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
  ])('refuses the non-finite number %s (Appendix B: must be an error)', (_name, n) => {
    expect(() => canonicalize({ n })).toThrow(CanonicalJsonError);
  });

  it('escapes only quote, backslash and C0 controls, using the short forms and lower-case \\u00xx', () => {
    expect(canonicalize('\b\t\n\f\r\u0000\u001f"\\/\u007f\u2028')).toBe('"\\b\\t\\n\\f\\r\\u0000\\u001f\\"\\\\/\u007f\u2028"');
  });

  it('refuses lone surrogates in values and in keys (I-JSON requires valid Unicode)', () => {
    expect(() => canonicalize('\ud800')).toThrow(/lone surrogate/);
    expect(() => canonicalize('a\udc00b')).toThrow(/lone surrogate/);
    expect(() => canonicalize({ '\ud83d': 1 })).toThrow(/lone surrogate/);
    expect(canonicalize('\ud83d\ude00')).toBe('"\ud83d\ude00"');
  });

  it('refuses undefined, functions, symbols and bigints instead of silently dropping them, naming the path', () => {
    expect(() => canonicalize({ a: { b: undefined } })).toThrow(/\$\.a\.b: undefined/);
    expect(() => canonicalize([() => 1])).toThrow(/\$\[0\]: function/);
    expect(() => canonicalize(Symbol('x'))).toThrow(CanonicalJsonError);
    expect(() => canonicalize(1n)).toThrow(CanonicalJsonError);
    expect(() => canonicalize(undefined)).toThrow(CanonicalJsonError);
  });

  it('refuses non-plain objects (Date, Map, typed arrays, class instances) and cycles', () => {
    expect(() => canonicalize({ at: new Date(0) })).toThrow(/Date/);
    expect(() => canonicalize(new Map())).toThrow(/Map/);
    expect(() => canonicalize(new Uint8Array(2))).toThrow(/Uint8Array/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalize(loop)).toThrow(/circular/);
    expect(() => canonicalize([1, , 3])).toThrow(/sparse/);
  });

  it('accepts null-prototype objects and a shared (non-circular) sub-object twice', () => {
    const shared = { x: 1 };
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: shared, c: shared });
    expect(canonicalize(bare)).toBe('{"a":{"x":1},"b":2,"c":{"x":1}}');
  });

  it('is stable under key insertion order and whitespace in the source', () => {
    expect(canonicalize(JSON.parse('{ "b" : [1, {"y":2,"x":1}], "a":true }'))).toBe(canonicalize({ a: true, b: [1, { x: 1, y: 2 }] }));
  });
});
