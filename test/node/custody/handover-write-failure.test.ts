// A hand-over is logged ('case.sent') before the log is copied into the package, so that the package
// carries it. When the package then cannot be written, the append-only log cannot take that entry back:
// it must say, in the next entry, that the hand-over failed and no package left, and leave no partial file.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { exportCase } from '../../../electron/node/custody/transfer';
import { readEntries } from '../../../electron/node/store/custody-log';
import { tempDir } from '../../support/cli';
import { fixtureCase, type FixtureCase } from '../report/fixture';

describe('a hand-over whose package cannot be written', () => {
  let root: string;
  let cleanup: () => void;
  let fx: FixtureCase;
  const recipient = ed25519.getPublicKey(ed25519.utils.randomSecretKey());

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-handover-fail-'));
    fx = await fixtureCase(root);
  });
  afterAll(() => {
    fx?.wb.lock();
    cleanup?.();
  });

  it('is followed in the log by case.send_failed naming the reason, leaves no file, and the log still verifies', async () => {
    const out = path.join(root, 'no-such-folder', 'case.sakshya-case');
    await expect(exportCase(fx.wb.vault, fx.caseId, recipient, out, new Date())).rejects.toThrow(/ENOENT/);
    const tail = readEntries(fx.wb.vault.db, fx.caseId).slice(-2);
    expect(tail.map((e) => e.action)).toEqual(['case.sent', 'case.send_failed']);
    expect(tail[1]!.details).toMatchObject({ reason: 'ENOENT', recipientFingerprint: tail[0]!.details.recipientFingerprint });
    expect(fs.existsSync(path.dirname(out))).toBe(false);
    const log = await fx.wb.handlers()['custody.log']({ caseId: fx.caseId });
    expect(log.entries.at(-1)!.summary).toMatch(/^Hand-over to SHA256:.* failed \(ENOENT\): no package was written$/);
    expect((await fx.wb.handlers()['custody.verify']({ caseId: fx.caseId })).ok).toBe(true);
  });

  it('writes a package that is whole when the folder takes it (copied and hashed a megabyte at a time)', async () => {
    const out = path.join(root, 'case.sakshya-case');
    const r = await exportCase(fx.wb.vault, fx.caseId, recipient, out, new Date());
    const bytes = fs.readFileSync(out);
    expect(r.bytes).toBe(bytes.length);
    expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(fs.readdirSync(root).filter((f) => f.includes('partial'))).toEqual([]);
    expect(readEntries(fx.wb.vault.db, fx.caseId).at(-1)!.action).toBe('case.sent');
  });
});
