import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../support/cli';

// The layering rule (scripts/eslint/layering.js) reads a file's folder and refuses imports its layer may not
// use. Each case lints a one-line file as if it lived at that path, through the project's own ESLint config.
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('layering rule', () => {
  it.each([
    ['shared/pii/x.ts', "import fs from 'node:fs';", /may not import the Node built-in 'node:fs'/],
    ['shared/pii/x.ts', "import path from 'path';", /Node built-in 'path'/],
    ['shared/api/x.ts', "import { app } from 'electron';", /may not import 'electron'/],
    ['shared/api/x.ts', "import { Vault } from '../../electron/node/vault/vault';", /may not import from layer 'node'/],
    ['electron/node/core/x.ts', "import { ipcMain } from 'electron';", /may not import 'electron'/],
    ['electron/cli/x.ts', "const e = require('electron');", /may not import 'electron'/],
    ['renderer/src/x.ts', "import fs from 'node:fs';", /Node built-in/],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", /may not import 'electron'/],
    ['renderer/src/x.ts', "import { Workbench } from '../../electron/node/core/workbench';", /may not import from layer 'node'/],
    ['electron/preload/x.ts', "import fs from 'node:fs';", /Node built-in/],
  ])('refuses a forbidden import in %s: %s', async (file, code, expected) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it.each([
    ['shared/pii/x.ts', "import { z } from 'zod';"],
    ['electron/node/core/x.ts', "import fs from 'node:fs';\nimport { contract } from '../../../shared/api/contract';"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { Workbench } from '../node/core/workbench';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['renderer/src/x.ts', "import { METHODS } from '../../shared/api/contract';"],
  ])('allows what the layer may use in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('holds for the whole project as it stands', async () => {
    const results = await eslint.lintFiles(['shared', 'electron', 'renderer/src']);
    const layering = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'local/layering').map((m) => `${path.relative(ROOT, r.filePath)}: ${m.message}`));
    expect(layering).toEqual([]);
  }, 120_000);
});
