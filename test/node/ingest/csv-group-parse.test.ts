import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { parseGroupText, type GroupSyntax } from '../../../electron/node/ingest/csv-groups.js';

/** What parseGroupText must return: papaparse's records, blank lines left out. */
function reference(text: string, s: GroupSyntax): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter: s.delimiter, newline: s.newline, quoteChar: '"', header: false, skipEmptyLines: false }).data;
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function prng(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('parseGroupText', () => {
  const syntaxes: GroupSyntax[] = [
    { delimiter: ',', newline: '\n', encoding: 'utf-8' },
    { delimiter: ';', newline: '\r\n', encoding: 'utf-8' },
    { delimiter: '\t', newline: '\r', encoding: 'windows-1252' },
    { delimiter: '|', newline: '\n', encoding: 'utf-8' },
  ];

  it('gives papaparse’s records for groups without quotes, whatever the line breaks, blanks and byte-order marks', () => {
    const alphabet = ['a', 'bc', '1', ' ', ',', ';', '\t', '|', '\n', '\r', '\r\n', '\ufeff', 'é', 'नाम', ''];
    const next = prng(7);
    for (const s of syntaxes) {
      for (let n = 0; n < 2000; n++) {
        let text = '';
        const len = Math.floor(next() * 30);
        for (let i = 0; i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)];
        expect(parseGroupText(text, s), JSON.stringify(text)).toEqual(reference(text, s));
      }
    }
  });

  it('leaves groups with quotes to papaparse', () => {
    const s = syntaxes[0]!;
    for (const text of ['"a,b",c\n', 'x,"y\nz"\n', '"\n', 'a"b,c\n', '\ufeff"h",i\n']) expect(parseGroupText(text, s)).toEqual(reference(text, s));
  });

  it('reads the usual cases', () => {
    const s = syntaxes[0]!;
    expect(parseGroupText('', s)).toEqual([]);
    expect(parseGroupText('a,b\n\nc,d\n', s)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseGroupText('\ufeffa,b\r\nc', s)).toEqual([['a', 'b\r'], ['c']]);
  });
});
