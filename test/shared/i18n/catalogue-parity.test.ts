// Every English string has a Hindi twin with the same {{parameters}}: a Hindi label that drops a parameter
// hides a number from the reader, and one that names a parameter English does not pass shows "{{…}}".
import { describe, expect, it } from 'vitest';
import { en, hi } from '../../../shared/i18n';

type Tree = { readonly [k: string]: string | Tree };

function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const params = (s: string) => [...new Set([...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();

describe('the en and hi catalogues', () => {
  const enLeaves = leaves(en as unknown as Tree);
  const hiLeaves = leaves(hi as unknown as Tree);

  it('have the same keys', () => {
    expect([...hiLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
    expect([...enLeaves.keys()].filter((k) => !hiLeaves.has(k))).toEqual([]);
  });

  it('use the same {{parameters}} in every string', () => {
    const differ = [...enLeaves].filter(([k, v]) => hiLeaves.has(k) && params(v).join() !== params(hiLeaves.get(k)!).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('have no Hindi string left as its English text, except names and technical terms kept in Latin script', () => {
    // A long English sentence copied into hi.ts unchanged is a missed translation.
    const same = [...enLeaves].filter(([k, v]) => hiLeaves.get(k) === v && /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(v)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('catches a dropped parameter (the check itself works)', () => {
    expect(params('{{a}} of {{b}}')).toEqual(['a', 'b']);
    expect(params('{{b}} में से')).not.toEqual(params('{{a}} of {{b}}'));
  });
});
