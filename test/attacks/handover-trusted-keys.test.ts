// The trusted-examiners list behind `case receive`: keys enter it only through the explicit API method
// (`examiner.trust`, which the CLI's `examiner trust` calls), never from a package.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { tempDir } from '../support/cli';
import { Workbench } from '../../electron/node/core/workbench';
import { loadExaminer } from '../../electron/node/store/examiner';
import { readEntries } from '../../electron/node/store/custody-log';
import { VAULT_LOG } from '../../electron/node/store/events';
import { contract } from '../../shared/api/contract';
import { formatPublicKey, keyFingerprint } from '../../shared/custody';
import { freshSeed, publicKeyOf } from './support/package-forge';

let root: string;
let cleanup: () => void;
let wb: Workbench;

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  wb = new Workbench({ vaultDir: path.join(root, 'v'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wb.create('trusting vault', { name: 'Recipient Examiner', designation: '', organisation: '' });
}, 300_000);
afterAll(() => {
  wb.lock();
  cleanup();
});

describe('examiner.trust and examiner.trusted', () => {
  it('pins a key once, returns its fingerprint, lists it, and records the act in the vault log', async () => {
    const key = publicKeyOf(freshSeed());
    const text = formatPublicKey(key, 'Sender Examiner');
    const first = await wb.handlers()['examiner.trust']({ publicKey: text });
    expect(first).toMatchObject({ name: 'Sender Examiner', keyFingerprint: keyFingerprint(key), added: true });
    const again = await wb.handlers()['examiner.trust']({ publicKey: text, name: 'Someone else' });
    expect(again).toMatchObject({ name: 'Sender Examiner', added: false });
    expect(await wb.handlers()['examiner.trusted']({})).toEqual([{ name: 'Sender Examiner', keyFingerprint: keyFingerprint(key), addedAt: first.addedAt }]);
    const logged = readEntries(wb.vault.db, VAULT_LOG).filter((e) => (e.action as string) === 'examiner.trusted');
    expect(logged.map((e) => e.details.keyFingerprint)).toEqual([keyFingerprint(key)]);
  });

  it("refuses the vault's own key and text that is not a key, with a specific message", async () => {
    const own = formatPublicKey(loadExaminer(wb.vault.db)!.publicKey);
    await expect(wb.handlers()['examiner.trust']({ publicKey: own })).rejects.toThrow(/this vault's own examiner key/);
    await expect(wb.handlers()['examiner.trust']({ publicKey: 'ssh-ed25519 AAAA' })).rejects.toThrow(/Not a Sakshya examiner public key: .*SSH key/);
    expect(contract['examiner.trust'].request.safeParse({ publicKey: own, extra: 1 }).success).toBe(false);
  });
});
