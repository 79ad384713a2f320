// The window refuses a weak vault passphrase; the CLI took any non-empty one ('a' would do) at
// `vault init` and `vault passwd`. Both now apply shared/passphrase/strength.ts.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import * as windowRule from '../../renderer/src/lib/passphrase-strength';
import * as sharedRule from '../../shared/passphrase/strength';

const STRONG = 'Nilgiri tea, seven kettles & one copper samovar';
const STRONG_2 = 'Monsoon ledger: 41 herons over Vembanad lake';
const WEAK = ['a', 'password123', 'pdf cli', 'qwertyuiop', 'Sakshya@2026'];
const strict = { SAKSHYA_ALLOW_WEAK_PASSPHRASE: '0' };

let root: string;
let cleanup: () => void;
beforeAll(() => ({ dir: root, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('the CLI refuses weak vault passphrases, as the window does', () => {
  it('the window and the CLI use the one shared rule', () => {
    expect(windowRule.isPassphraseTooWeak).toBe(sharedRule.isPassphraseTooWeak);
  });

  it('vault init refuses each weak passphrase, creates nothing and never echoes it', async () => {
    let refused = 0;
    for (const [i, p] of WEAK.entries()) {
      const vault = path.join(root, `weak-${i}`);
      const r = await sakshya(['vault', 'init', '--vault', vault], { env: { ...strict, SAKSHYA_PASSPHRASE: p } });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/too weak/);
      expect(r.stderr).toMatch(/No vault was created/);
      if (p.length > 3) expect(r.stderr + r.stdout).not.toContain(p);
      expect(fs.existsSync(vault) ? fs.readdirSync(vault) : []).toEqual([]);
      refused++;
    }
    console.log(`weak passphrases: ${refused}/${WEAK.length} refused by vault init`);
  }, 600_000);

  it('vault passwd refuses a weak new passphrase and keeps the old one working', async () => {
    const vault = path.join(root, 'v');
    expect((await sakshya(['vault', 'init', '--vault', vault], { env: { ...strict, SAKSHYA_PASSPHRASE: STRONG } })).code).toBe(0);
    const weak = await sakshya(['vault', 'passwd', '--vault', vault], { env: { ...strict, SAKSHYA_PASSPHRASE: STRONG, SAKSHYA_NEW_PASSPHRASE: 'pdf cli' } });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/too weak.*not changed/s);
    expect((await sakshya(['case', 'list', '--vault', vault], { env: { SAKSHYA_PASSPHRASE: STRONG } })).code).toBe(0);
    expect((await sakshya(['case', 'list', '--vault', vault], { env: { SAKSHYA_PASSPHRASE: 'pdf cli' } })).code).toBe(4);
    const ok = await sakshya(['vault', 'passwd', '--vault', vault], { env: { ...strict, SAKSHYA_PASSPHRASE: STRONG, SAKSHYA_NEW_PASSPHRASE: STRONG_2 } });
    expect(ok.code, ok.stderr).toBe(0);
    expect((await sakshya(['case', 'list', '--vault', vault], { env: { SAKSHYA_PASSPHRASE: STRONG_2 } })).code).toBe(0);
  }, 600_000); // six Argon2id unlocks: generous, a loaded machine must not fail it

  it('SAKSHYA_ALLOW_WEAK_PASSPHRASE=1 accepts a weak one on purpose (throwaway test vaults)', async () => {
    const vault = path.join(root, 'throwaway');
    expect((await sakshya(['vault', 'init', '--vault', vault], { env: { SAKSHYA_ALLOW_WEAK_PASSPHRASE: '1', SAKSHYA_PASSPHRASE: 'pdf cli' } })).code).toBe(0);
  });
});
