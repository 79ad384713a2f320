// OWASP ASVS 4.0 requirement 1.2.10: when exporting to CSV, a field whose first character is one of
// '=', '+', '-', '@', tab or NUL must be escaped with a single quote (RFC 4180 quoting besides).
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '../../../shared/report';

describe('CSV export per ASVS 1.2.10', () => {
  it('escapes every character the requirement lists when it starts a field', () => {
    for (const first of ['=', '+', '-', '@', '\t', '\0']) expect(neutraliseFormula(`${first}1+1`), JSON.stringify(first)).toBe(`'${first}1+1`);
  });

  it('leaves those characters alone anywhere but the start', () => {
    expect(neutraliseFormula('a\0b=c')).toBe('a\0b=c');
    expect(csvField('9876-543-210')).toBe('9876-543-210');
  });

  it('escapes a NUL-led formula and still quotes it when it holds a comma', () => {
    expect(csvField('\0=SUM(1,2)')).toBe(`"'\0=SUM(1,2)"`);
  });
});
