// `sakshya detect`: labelled Aadhaar numbers are reported whatever their check digit, and say whether it passed.
import { describe, expect, it } from 'vitest';
import { sakshya } from '../support/cli';

interface Line { type: string; start: number; end: number; score: number; validated: boolean }
const run = async (input: string): Promise<Line[]> => {
  const r = await sakshya(['detect', '--json'], { input });
  expect(r.code).toBe(0);
  return r.stdout.trim() === '' ? [] : r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
};

describe('sakshya detect', () => {
  it('reports Presidio\'s Verhoeff-valid 312345678909 after an Aadhaar label, as validated', async () => {
    const text = 'Aadhaar: 312345678909\n';
    const lines = await run(text);
    expect(lines.map((l) => [l.type, text.slice(l.start, l.end), l.validated])).toEqual([['IN_AADHAAR', '312345678909', true]]);
  });
  it('reports a labelled Aadhaar whose check digit fails, as not validated, and a bot command too', async () => {
    const text = 'Aadhaar: 234123412347\n/aadhaar 6584 0677 4113\nOrder 234123412347\n';
    const lines = await run(text);
    expect(lines.map((l) => [l.type, text.slice(l.start, l.end), l.validated])).toEqual([
      ['IN_AADHAAR', '234123412347', false],
      ['IN_AADHAAR', '6584 0677 4113', true],
    ]);
  });
});
