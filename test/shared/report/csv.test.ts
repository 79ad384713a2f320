import { describe, it, expect } from 'vitest';
import { csvField, csvRecord, neutraliseFormula } from '../../../shared/report';

describe('spreadsheet-safe CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const v of ['=HYPERLINK("http://x","y")', '+SUM(1,2)', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(v)).toBe(`'${v}`);
    expect(neutraliseFormula('plain')).toBe('plain');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvRecord(['a', null, '=x'])).toBe("a,,'=x\r\n");
  });
});
