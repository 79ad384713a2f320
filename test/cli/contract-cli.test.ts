// The `sakshya` binary's calls pass the shared contract: a value that argument parsing lets through but the
// contract refuses is stopped by the dispatcher, printed as its BAD_REQUEST message, exit 2, nothing written.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';

const PASS = 'contract tests';
const env = { SAKSHYA_PASSPHRASE: PASS };
let cleanup: () => void;
let vault: string;

beforeAll(async () => {
  let root: string;
  ({ dir: root, cleanup } = tempDir());
  vault = path.join(root, 'v');
  await fixtureVault(vault, PASS);
});
afterAll(() => cleanup());

describe('CLI requests are checked by the contract', () => {
  it('a title of only spaces passes argument parsing, is refused by the contract, and creates no case', async () => {
    const r = await sakshya(['case', 'new', '--vault', vault, '--title', '   '], { env });
    expect(r.stderr).toBe('sakshya: Invalid request for case.create: check title.\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const list = await sakshya(['case', 'list', '--vault', vault], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toBe('No cases yet. Create one with `sakshya case new --title T`.\n');
  });

  it('a trusted-key label longer than the contract allows is refused before anything is trusted', async () => {
    const c = await sakshya(['case', 'new', '--vault', vault, '--title', 'Contract case'], { env });
    expect(c.code, c.stderr).toBe(0);
    const key = await sakshya(['examiner', 'key', '--vault', vault], { env });
    const r = await sakshya(['examiner', 'trust', key.stdout, '--vault', vault, '--name', 'x'.repeat(201)], { env });
    expect(r.stderr).toBe('sakshya: Invalid request for examiner.trust: check name.\n');
    expect(r.code).toBe(2);
    const trusted = await sakshya(['examiner', 'trusted', '--vault', vault, '--json'], { env });
    expect(JSON.parse(trusted.stdout)).toEqual([]);
  });
});
