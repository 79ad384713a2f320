import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allFiles, plainTextHits, sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';

const PASS = 'Tr1cky passphrase — पासवर्ड';
let root: string;
let cleanup: () => void;
let vault: string;
const env = () => ({ SAKSHYA_PASSPHRASE: PASS, TMPDIR: path.join(root, 'tmp') });

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  fs.mkdirSync(path.join(root, 'tmp'));
  vault = path.join(root, 'v');
  const r = await sakshya(['vault', 'init', '--vault', vault, '--examiner', 'Examiner Zeta Quill', '--designation', 'Scientist-Q', '--organisation', 'Orgzyx Forensics'], { env: env() });
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => cleanup());

function snapshot(dir = vault): Map<string, string> {
  return new Map(allFiles(dir).map((f) => [f, fs.readFileSync(f).toString('base64')]));
}

describe('sakshya vault and case commands', () => {
  it('creates a case, prints its id as JSON, and lists it', async () => {
    const made = await sakshya(['case', 'new', '--vault', vault, '--title', 'Telegram bot CoWIN sample', '--ref', 'DPB/2023/77', '--json'], { env: env() });
    expect(made.code, made.stderr).toBe(0);
    const { id } = JSON.parse(made.stdout) as { id: string };
    expect(id).toMatch(/^c[0-9a-f]{10}$/);
    const list = await sakshya(['case', 'list', '--json'], { env: { ...env(), SAKSHYA_VAULT: vault } });
    expect(list.code, list.stderr).toBe(0);
    const cases = JSON.parse(list.stdout) as { id: string; title: string; ref: string; createdAt: string }[];
    expect(cases).toContainEqual(expect.objectContaining({ id, title: 'Telegram bot CoWIN sample', ref: 'DPB/2023/77' }));
    expect(Date.parse(cases[0]!.createdAt)).not.toBeNaN();
    const renamed = await sakshya(['case', 'rename', '--vault', vault, '--case', id, '--title', 'Renamed Q case', '--json'], { env: env() });
    expect(JSON.parse(renamed.stdout)).toMatchObject({ id, title: 'Renamed Q case' });
  });

  it('leaves no text the user typed in plain text under the vault or the temp folder, in UTF-8 or UTF-16', async () => {
    const needles = ['Telegram bot CoWIN sample', 'DPB/2023/77', 'Renamed Q case', 'Examiner Zeta Quill', 'Scientist-Q', 'Orgzyx Forensics', PASS];
    expect(plainTextHits([vault, path.join(root, 'tmp')], needles)).toEqual([]);
  });

  it('exits 4 on a wrong passphrase and changes no file', async () => {
    const before = snapshot();
    const r = await sakshya(['case', 'list', '--vault', vault], { env: { SAKSHYA_PASSPHRASE: 'nope' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/Wrong passphrase/);
    expect(snapshot()).toEqual(before);
  });

  it('exits 3 naming the file when any byte of any vault file is flipped, and changes nothing', async () => {
    // Its own vault at the fixture KDF cost: this test runs `vault check` some twenty times and is about
    // integrity, not the KDF (the vault above is the one `vault init` made at full cost).
    const vault = path.join(root, 'flipped');
    await fixtureVault(vault, PASS, { name: 'Examiner Zeta Quill' });
    const id = (JSON.parse((await sakshya(['case', 'new', '--vault', vault, '--title', 'Flip case', '--json'], { env: env() })).stdout) as { id: string }).id;
    const sample = path.join(root, 'sample.csv');
    fs.writeFileSync(sample, 'name,mobile\nQ Person,9876543210\n');
    expect((await sakshya(['import', '--vault', vault, '--case', id, sample], { env: env() })).code).toBe(0);
    const files = allFiles(vault).filter((f) => !f.endsWith('vault.lock'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const orig = fs.readFileSync(file);
      const positions = new Set([0, 9, orig.length - 1, Math.floor(orig.length / 3)]);
      positions.add(Math.floor(Math.random() * orig.length));
      for (const pos of positions) {
        const buf = Buffer.from(orig);
        buf[pos]! ^= 1 << Math.floor(Math.random() * 8);
        fs.writeFileSync(file, buf);
        const before = snapshot(vault);
        const r = await sakshya(['vault', 'check', '--vault', vault], { env: env() });
        expect(r.code, `${path.basename(file)} @${pos}: ${r.stderr}`).toBe(3);
        expect(r.stderr).toContain(path.relative(vault, file));
        expect(snapshot(vault)).toEqual(before);
      }
      fs.writeFileSync(file, orig);
    }
    const ok = await sakshya(['vault', 'check', '--vault', vault], { env: env() });
    expect(ok.code, ok.stderr).toBe(0);
  }, 600_000);

  it('changes the passphrase from SAKSHYA_NEW_PASSPHRASE or a file', async () => {
    const file = path.join(root, 'newpass.txt');
    fs.writeFileSync(file, 'second passphrase\n', { mode: 0o600 });
    const r = await sakshya(['vault', 'passwd', '--vault', vault, '--new-passphrase-file', file], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect((await sakshya(['case', 'list', '--vault', vault], { env: env() })).code).toBe(4);
    fs.writeFileSync(path.join(root, 'pass.txt'), 'second passphrase\n');
    const viaFile = await sakshya(['case', 'list', '--vault', vault, '--passphrase-file', path.join(root, 'pass.txt')]);
    expect(viaFile.code, viaFile.stderr).toBe(0);
    const back = await sakshya(['vault', 'passwd', '--vault', vault, '--passphrase-file', path.join(root, 'pass.txt')], {
      env: { SAKSHYA_NEW_PASSPHRASE: PASS },
    });
    expect(back.code, back.stderr).toBe(0);
  });

  it('refuses to run without a passphrase source and without a terminal (exit 2), never reading it from argv', async () => {
    const r = await sakshya(['case', 'list', '--vault', vault]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SAKSHYA_PASSPHRASE/);
    const argv = await sakshya(['case', 'list', '--vault', vault, '--passphrase', 'x'], { env: env() });
    expect(argv.code).toBe(2);
  });

  it('reports usage errors with exit 2 and documents every option in --help', async () => {
    expect((await sakshya([])).code).toBe(2);
    expect((await sakshya(['frobnicate'])).code).toBe(2);
    expect((await sakshya(['case', 'new', '--vault', vault], { env: env() })).code).toBe(2);
    const top = await sakshya(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['vault init', 'vault check', 'vault passwd', 'case new', 'case list', 'case rename']) expect(top.stdout).toContain(c);
    const help = await sakshya(['vault', 'init', '--help']);
    for (const o of ['--vault DIR', '--passphrase-file FILE', '--examiner NAME', '--designation D', '--organisation O', 'SAKSHYA_VAULT']) {
      expect(help.stdout).toContain(o);
    }
  });

  it('says clearly when the folder is not a vault (exit 1)', async () => {
    const r = await sakshya(['case', 'list', '--vault', path.join(os.tmpdir(), 'no-such-sakshya-vault')], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No Sakshya vault/);
  });
});
