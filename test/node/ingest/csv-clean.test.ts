// cleanRows must give papaparse's exact result (rows and blank lines alike) whenever it answers, and answer
// for the ordinary quoted CSV that leak files are.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cleanRows } from '../../../electron/node/ingest/csv-clean.js';
import { Rng } from '../../fixtures/pii/prng.js';

const papa = (text: string, delimiter: string, newline: string) =>
  Papa.parse<string[]>(text, { delimiter, newline: newline as '\n', quoteChar: '"', header: false, skipEmptyLines: false }).data;

describe('cleanRows', () => {
  it('reads ordinary quoted CSV as papaparse does', () => {
    for (const [text, d, nl] of [
      ['id,name\n1,"Asha, K"\n2,"say ""hi"""\n', ',', '\n'],
      ['a,b\r\n"x\r\ny",2\r\n,\r\n"",""', ',', '\r\n'],
      ['a\tb\n1\t"2\t3"\n\n\n4\t\n', '\t', '\n'],
      ['a;b\r1;"x\ry"\r', ';', '\r'],
      ['', ',', '\n'],
      ['\n', ',', '\n'],
      ['a,b,', ',', '\n'],
      ['"a"', ',', '\n'],
    ] as const) {
      expect(cleanRows(text, d, nl), JSON.stringify(text)).toEqual(papa(text, d, nl));
    }
  });

  it('leaves text with more than one reading to papaparse', () => {
    for (const text of ['a,b"c\n', '"a"b,c\n', '"open\n', '"a" ,b\n', 'x,"y"z']) expect(cleanRows(text, ',', '\n'), text).toBeNull();
  });

  it('equals papaparse on generated text whenever it answers, and answers for well-formed CSV', () => {
    const r = new Rng(11);
    const rnd = (n: number) => r.int(0, n - 1);
    const alphabet = ['a', 'é', 'अ', ' ', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', 'x'];
    let answered = 0;
    for (let f = 0; f < 3000; f++) {
      const nl = ['\n', '\r\n', '\r'][rnd(3)]!;
      const d = [',', ';', '\t'][rnd(3)]!;
      const wellFormed = rnd(2) === 0;
      const lines: string[] = [];
      for (let r = rnd(6); r >= 0; r--) {
        const cells: string[] = [];
        for (let c = rnd(4); c >= 0; c--) {
          let v = '';
          for (let k = rnd(5); k > 0; k--) v += alphabet[rnd(alphabet.length)];
          if (wellFormed) cells.push(/["\r\n,;\t]/.test(v) || rnd(3) === 0 ? `"${v.replaceAll('"', '""')}"` : v);
          else cells.push(v);
        }
        lines.push(cells.join(d));
      }
      const text = lines.join(nl) + (rnd(2) ? nl : '');
      const got = cleanRows(text, d, nl);
      if (wellFormed) expect(got, JSON.stringify(text)).not.toBeNull();
      if (got !== null) {
        answered++;
        expect(got, JSON.stringify(text)).toEqual(papa(text, d, nl));
      }
    }
    expect(answered).toBeGreaterThan(1500);
  });
});
