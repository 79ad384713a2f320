// Issue #14, attack 2: restoring an older casedb.enc. It must be refused loudly (exit 3), and nothing may be
// deleted: before the fix the next unlock deleted the newer evidence's blob as an "orphan".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { Workbench } from '../../electron/node/core/workbench';
import { listEvents, VAULT_LOG } from '../../electron/node/store/events';
import { blobFile, env, PASS } from './support/vault-common';
import { buildRollbackVault, type RollbackVault } from './support/vault-rollback';

let root: string;
let cleanup: () => void;
let built: RollbackVault;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir('sakshya-attack2-'));
  built = await buildRollbackVault(root);
}, 120_000);
afterAll(() => cleanup());

function copyVault(name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(built.dir, dir, { recursive: true });
  return dir;
}

describe('attack 2: rolling back the case database', () => {
  it('refuses a restored older casedb.enc in case list, vault check and verify (exit 3), and deletes nothing', async () => {
    const dir = copyVault('rolled-db');
    fs.writeFileSync(path.join(dir, 'casedb.enc'), built.oldCasedb);
    const list = await sakshya(['case', 'list', '--vault', dir], { env });
    expect(list.code, list.stderr).toBe(3);
    expect(list.stderr).toMatch(/ROLLBACK DETECTED/);
    expect(list.stderr).toMatch(/casedb\.enc is generation \d+, but the vault's anchor records generation \d+/);
    const check = await sakshya(['vault', 'check', '--vault', dir], { env });
    expect(check.code).toBe(3);
    expect(check.stderr).toMatch(/ROLLBACK DETECTED/);
    const verify = await sakshya(['verify', '--vault', dir, '--case', built.caseId], { env });
    expect(verify.code).toBe(3);
    expect(verify.stderr).toMatch(/ROLLBACK DETECTED/);
    // The newer evidence is still where it was: nothing was deleted or moved.
    expect(fs.existsSync(blobFile(dir, built.blobB))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
    // Putting the newest database back makes the vault whole again.
    fs.copyFileSync(path.join(built.dir, 'casedb.enc'), path.join(dir, 'casedb.enc'));
    const ok = await sakshya(['verify', '--vault', dir, '--case', built.caseId], { env });
    expect(ok.code, ok.stderr).toBe(0);
    console.log(`attack 2: rolled-back casedb refused by case list, vault check and verify (exit ${list.code}); newer evidence blob kept`);
  }, 120_000);

  it('refuses a database whose anchor was deleted', async () => {
    const dir = copyVault('no-anchor');
    fs.writeFileSync(path.join(dir, 'casedb.enc'), built.oldCasedb);
    fs.rmSync(path.join(dir, 'anchor.enc'));
    const list = await sakshya(['case', 'list', '--vault', dir], { env });
    expect(list.code).toBe(3);
    expect(list.stderr).toMatch(/ROLLBACK DETECTED: the rollback anchor anchor\.enc is missing/);
  }, 60_000);

  it('when database and anchor are both rolled back: opens (undetectable locally), quarantines the newer blob, and --since-root proves the rollback (exit 3)', async () => {
    const dir = copyVault('rolled-both');
    fs.writeFileSync(path.join(dir, 'casedb.enc'), built.oldCasedb);
    expect(built.oldAnchor).not.toBeNull();
    fs.writeFileSync(path.join(dir, 'anchor.enc'), built.oldAnchor!);
    const list = await sakshya(['case', 'list', '--vault', dir], { env });
    expect(list.code, list.stderr).toBe(0);
    // The blob of B is not deleted: it is moved into quarantine/ and the move is reported and logged.
    expect(fs.existsSync(blobFile(dir, built.blobB))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'quarantine', `${built.blobB}.blob`))).toBe(true);
    expect(list.stderr).toContain(`quarantine/${built.blobB}.blob`);
    const check = await sakshya(['vault', 'check', '--vault', dir], { env });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain(`1 file(s) in quarantine`);
    const wb = new Workbench({ vaultDir: dir, autoLockMinutes: 0 });
    await wb.unlock(PASS, false);
    const logged = listEvents(wb.vault.db, VAULT_LOG).filter((e) => e.action === 'vault.orphans_quarantined');
    wb.lock();
    expect(logged.flatMap((e) => e.details.files as string[])).toEqual([`quarantine/${built.blobB}.blob`]);
    // The root the report printed (after B) is not extended by today's log.
    const since = await sakshya(['verify', '--vault', dir, '--case', built.caseId, '--since-root', `${built.printed.root}:${built.printed.size}`], { env });
    expect(since.code).toBe(3);
    expect(since.stderr).toMatch(/does not extend the earlier root/);
    console.log(`attack 2b: database + anchor both rolled back: opens, 1 newer blob quarantined (not deleted), verify --since-root ${built.printed.size}-entry root refused (exit ${since.code})`);
  }, 120_000);

  it('--since-root accepts a root that today’s log extends, with a consistency proof', async () => {
    const dir = copyVault('honest');
    const note = await sakshya(['note', 'add', '--vault', dir, '--case', built.caseId, '--text', 'later work'], { env });
    expect(note.code, note.stderr).toBe(0);
    const since = await sakshya(['verify', '--vault', dir, '--case', built.caseId, '--since-root', `${built.printed.root}:${built.printed.size}`], { env });
    expect(since.code, since.stderr).toBe(0);
    expect(since.stderr).toMatch(new RegExp(`extends the earlier root ${built.printed.root} \\(${built.printed.size} entries\\)`));
    const bad = await sakshya(['verify', '--vault', dir, '--case', built.caseId, '--since-root', `${'0'.repeat(64)}:${built.printed.size}`], { env });
    expect(bad.code).toBe(3);
    const malformed = await sakshya(['verify', '--vault', dir, '--case', built.caseId, '--since-root', 'nonsense'], { env });
    expect(malformed.code).toBe(2);
  }, 120_000);
});
