import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { METHODS } from '../../../shared/api/contract';
import { createHandlers, type HandlerDeps } from '../../../electron/node/api/handlers';

// The handler table is composed from one file per domain (electron/node/api/handlers/). Spreading the parts
// would silently let a later part replace an earlier part's method; this reads every part in the folder and
// checks that each contract method is served by exactly one of them. Building a part only makes closures,
// so no vault is needed.
const dir = path.resolve(import.meta.dirname, '../../../electron/node/api/handlers');
const NOT_PARTS = new Set(['index.ts', 'deps.ts']);

async function parts(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_PARTS.has(f)).sort()) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function' || !name.endsWith('Handlers')) continue;
      out.set(`${file}:${name}`, Object.keys((fn as (d: HandlerDeps) => object)({} as HandlerDeps)));
    }
  }
  return out;
}

describe('handler table', () => {
  it('serves every contract method from exactly one domain file', async () => {
    const owners = new Map<string, string[]>();
    for (const [part, methods] of await parts()) for (const m of methods) owners.set(m, [...(owners.get(m) ?? []), part]);
    const twice = [...owners].filter(([, o]) => o.length > 1);
    expect(twice).toEqual([]);
    expect([...owners.keys()].sort()).toEqual([...METHODS].sort());
  });

  it('has the eight domains the core is split into', async () => {
    const files = new Set([...(await parts()).keys()].map((k) => k.split(':')[0]));
    for (const f of ['vault.ts', 'cases.ts', 'evidence.ts', 'custody.ts', 'analysis.ts', 'reports.ts', 'examiner.ts', 'jobs.ts']) expect(files).toContain(f);
  });

  it('composes the full table with no method missing and none extra', () => {
    expect(Object.keys(createHandlers({} as HandlerDeps)).sort()).toEqual([...METHODS].sort());
  });
});
