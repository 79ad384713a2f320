// The vault settings and hand-over strings exist in both languages with the same {{parameters}}, and the
// Hindi ones are Hindi (a copied English sentence would pass the type check but not this).
import { describe, expect, it } from 'vitest';
import { vaultEn } from '../../../shared/i18n/vault-en';
import { vaultHi } from '../../../shared/i18n/vault-hi';

type Tree = { readonly [k: string]: string | Tree };

function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('vault settings and hand-over catalogue', () => {
  const en = leaves(vaultEn as unknown as Tree);
  const hi = leaves(vaultHi as unknown as Tree);

  it('has the same keys in English and Hindi', () => {
    expect([...hi.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same parameters in both languages', () => {
    const differ = [...en].filter(([k, v]) => JSON.stringify(params(v)) !== JSON.stringify(params(hi.get(k) ?? '')));
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('writes every Hindi sentence in Devanagari, apart from technical names', () => {
    const technical = new Set(['handover.sha256']);
    const latinOnly = [...hi].filter(([k, v]) => !technical.has(k) && !/[\u0900-\u097f]/.test(v));
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });
});
