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

// Inside the Node core the same rule keeps tiers apart: base (vault/) < store/ < domain (ingest, pii, ocr,
// analysis, custody, evidence, report) < services/ < api/ < core/ (the composition root).
describe('layering rule inside the core', () => {
  it.each([
    ['electron/node/vault/x.ts', "import { getCase } from '../store/cases';", /tier 'base' may not import from the higher tier 'store'/],
    ['electron/node/store/x.ts', "import { importFiles } from '../ingest/importer';", /tier 'store' may not import from the higher tier 'domain'/],
    ['electron/node/store/x.ts', "import type { Vault } from '../services/vault-session';", /tier 'store' may not import from the higher tier 'services'/],
    ['electron/node/report/x.ts', "import type { Workbench } from '../core/workbench';", /tier 'domain' may not import from the higher tier 'core'/],
    ['electron/node/ingest/x.ts', "import { CaseService } from '../services/cases';", /tier 'domain' may not import from the higher tier 'services'/],
    ['electron/node/services/x.ts', "import { createHandlers } from '../api/handlers';", /tier 'services' may not import from the higher tier 'api'/],
    ['electron/node/api/handlers/x.ts', "import { Workbench } from '../../core/workbench';", /tier 'api' may not import from the higher tier 'core'/],
    ['electron/node/newfolder/x.ts', "export const x = 1;", /'newfolder' is no known tier of electron\/node/],
  ])('refuses an upward import in %s: %s', async (file, code, expected) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it.each([
    ['electron/node/store/x.ts', "import { Vault } from '../vault/vault';\nimport { TOOL_VERSION } from '../version';"],
    ['electron/node/ingest/x.ts', "import { insertEvidence } from '../store/evidence';\nimport { ocrFindings } from '../ocr/index';"],
    ['electron/node/services/x.ts', "import { getCase } from '../store/cases';\nimport { generateReport } from '../report/generate';"],
    ['electron/node/api/handlers/x.ts', "import type { Services } from '../../services';"],
    ['electron/node/core/x.ts', "import { createHandlers } from '../api/handlers';"],
    ['electron/cli/x.ts', "import { Workbench } from '../node/core/workbench';"],
  ])('allows imports of the same or a lower tier in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
