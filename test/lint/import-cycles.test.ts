import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/cli';
import { importCycles, importGraph } from '../support/import-graph';

// No module of the Node core imports itself back through others (type-only imports count too: a cycle of
// types still means two files that cannot be understood apart). The Workbench ↔ report circle is gone.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-cycles-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 't-'));
  for (const [name, src] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), src);
  }
  return dir;
}

describe('import cycles', () => {
  it('finds a cycle through a type-only import, a re-export and an index file', () => {
    const dir = tree({
      'core/root.ts': "import { handlers } from '../api';\nexport class Root {}\n",
      'api/index.ts': "export { handlers } from './handlers';\n",
      'api/handlers.ts': "import type { Root } from '../core/root';\nexport const handlers = (r: Root) => r;\n",
      'store/cases.ts': "// import { x } from '../core/root' (a comment, not an import)\nexport const x = 1;\n",
    });
    expect(importCycles(importGraph(dir))).toEqual([['api/handlers.ts', 'api/index.ts', 'core/root.ts']]);
  });

  it('finds a dynamic import() cycle and none in a tree that only imports downwards', () => {
    const cyclic = tree({ 'a.ts': "export const a = () => import('./b');\n", 'b.ts': "import { a } from './a';\nexport const b = a;\n" });
    expect(importCycles(importGraph(cyclic))).toEqual([['a.ts', 'b.ts']]);
    const clean = tree({ 'a.ts': "import { b } from './b';\nexport const a = b;\n", 'b.ts': 'export const b = 1;\n' });
    expect(importCycles(importGraph(clean))).toEqual([]);
  });

  it('has none in electron/node', () => {
    const graph = importGraph(path.join(ROOT, 'electron/node'));
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('core/workbench.ts')).toContain('api/handlers/index.ts');
    expect(importCycles(graph)).toEqual([]);
  });
});
