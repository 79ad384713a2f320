// Issue #14, attack 7: a case ID with `../` inside a case package. The app builds its default report folder
// from the case ID, so the ID must have the one valid format wherever it enters: a package, a `--case`
// argument, an API request.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { Workbench } from '../../electron/node/core/workbench';
import { loadExaminer } from '../../electron/node/store/examiner';
import { receiveCase } from '../../electron/node/custody/transfer';
import { contract } from '../../shared/api/contract';
import { isSakshyaError } from '../../shared/api/errors';
import { forgePackage, freshSeed, publicKeyOf } from './support/package-forge';

let root: string;
let cleanup: () => void;
let wb: Workbench;
const attacker = freshSeed();
const HOSTILE = '../../../../tmp/sakshya-escape';

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  wb = new Workbench({ vaultDir: path.join(root, 'v'), reportsDir: path.join(root, 'reports'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('receiver', { name: 'Recipient Examiner', designation: '', organisation: '' });
}, 300_000);
afterAll(() => {
  wb.lock();
  cleanup();
});

describe('attack 7: a case ID that climbs out of its folder', () => {
  it('is refused inside a case package, even from a pinned sender key, and nothing is imported', async () => {
    const pkg = path.join(root, 'escape.skp');
    forgePackage(pkg, {
      caseId: HOSTILE,
      recipientPublicKey: loadExaminer(wb.vault.db)!.publicKey,
      senderSeed: attacker,
      senderName: 'Sender Examiner',
      file: { name: 'planted.txt', bytes: Buffer.from('synthetic planted evidence\n') },
      at: new Date('2026-12-01T10:00:00.000Z'),
    });
    let error: unknown;
    try {
      await receiveCase(wb.vault, pkg, new Date(), { senderKey: publicKeyOf(attacker) });
    } catch (e) {
      error = e;
    }
    expect(isSakshyaError(error) && error.code).toBe('VERIFY_FAILED');
    const message = (error as Error).message;
    expect(message).toContain(`its case ID "${HOSTILE}" is not a valid Sakshya case ID`);
    expect(await wb.handlers()['case.list']({})).toEqual([]);
    console.log(`attack 7: package case ID '${HOSTILE}' refused (VERIFY_FAILED, exit 3, 'is not a valid Sakshya case ID')`);
  });

  it('never becomes a report folder, an API request or a --case argument', async () => {
    expect(() => wb.reportDir(HOSTILE)).toThrow(/is not a Sakshya case ID/);
    expect(path.dirname(wb.reportDir('c0123456789'))).toBe(path.join(root, 'reports'));
    for (const bad of [HOSTILE, 'c0123456789/..', 'C0123456789', 'c012345678', '']) {
      expect(contract['report.generate'].request.safeParse({ caseId: bad, template: 'regulator', lang: 'en' }).success, bad).toBe(false);
      expect(contract['case.rename'].request.safeParse({ id: bad, title: 'x' }).success, bad).toBe(false);
    }
    expect(contract['report.generate'].request.safeParse({ caseId: 'c0123456789', template: 'regulator', lang: 'en' }).success).toBe(true);
    const r = await sakshya(['report', '--vault', path.join(root, 'v'), '--case', HOSTILE, '--out', path.join(root, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a Sakshya case ID/);
    expect(fs.existsSync(path.join(root, 'out'))).toBe(false);
    console.log(`attack 7: --case '${HOSTILE}' refused by the CLI (exit ${r.code}) and by the API schemas`);
  }, 120_000);
});
