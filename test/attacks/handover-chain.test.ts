// A case handed on again (A → B → C → D): each receiver checks the earlier custodians' parts of the log with
// their own keys, accepted only because a pinned sender's signed log records having received the case from
// them; a middle part signed by any other key is refused, even inside a package from a pinned sender.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { tempDir } from '../support/cli';
import { Workbench } from '../../electron/node/core/workbench';
import { loadExaminer } from '../../electron/node/store/examiner';
import { readEntries } from '../../electron/node/store/custody-log';
import { trustedKeys } from '../../electron/node/store/trusted-keys';
import { receiveCase } from '../../electron/node/custody/transfer';
import { isSakshyaError } from '../../shared/api/errors';
import { keyFingerprint } from '../../shared/custody';
import { freshSeed, publicKeyOf } from './support/package-forge';
import { forgeChainPackage, type ChainForgeOptions } from './support/package-chain-forge';

let root: string;
let cleanup: () => void;
const wbs: Record<'a' | 'b' | 'c' | 'd', Workbench> = {} as never;

async function open(name: 'a' | 'b' | 'c' | 'd', examiner: string): Promise<void> {
  wbs[name] = new Workbench({ vaultDir: path.join(root, name), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
  await wbs[name].create(`vault ${name}`, { name: examiner, designation: '', organisation: '' });
}

const keyText = async (w: Workbench) => (await w.handlers()['examiner.publicKey']({})).text;
const publicKey = (w: Workbench) => loadExaminer(w.vault.db)!.publicKey;

async function handOver(from: Workbench, to: Workbench, caseId: string, name: string): Promise<void> {
  const out = path.join(root, name);
  await from.handlers()['case.export']({ caseId, to: await keyText(to), out });
  await to.handlers()['case.receive']({ path: out, from: await keyText(from) });
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(isSakshyaError(e) && e.code).toBe('VERIFY_FAILED');
    return (e as Error).message;
  }
  throw new Error('the package was accepted');
}

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  await open('a', 'Examiner A');
  await open('b', 'Examiner B');
  await open('c', 'Examiner C');
  await open('d', 'Examiner D');
}, 300_000);
afterAll(() => {
  for (const w of Object.values(wbs)) w.lock();
  cleanup();
});

describe('a case handed on again', () => {
  it('A → B → C → D: each receiver accepts it, verifies it, and records whose parts it checked with which key', async () => {
    const { id: caseId } = await wbs.a.handlers()['case.create']({ title: 'Chain of custody' });
    await wbs.a.handlers()['notes.add']({ caseId, text: 'opened by A' });
    await handOver(wbs.a, wbs.b, caseId, 'ab.skp');
    await wbs.b.handlers()['notes.add']({ caseId, text: 'checked by B' });
    await handOver(wbs.b, wbs.c, caseId, 'bc.skp');
    await wbs.c.handlers()['notes.add']({ caseId, text: 'checked by C' });
    await handOver(wbs.c, wbs.d, caseId, 'cd.skp');

    const fpA = keyFingerprint(publicKey(wbs.a));
    const fpB = keyFingerprint(publicKey(wbs.b));
    for (const [w, earlier] of [
      [wbs.c, [fpA]],
      [wbs.d, [fpA, fpB]],
    ] as [Workbench, string[]][]) {
      const v = await w.handlers()['custody.verify']({ caseId });
      expect(v.ok, JSON.stringify(v)).toBe(true);
      const received = readEntries(w.vault.db, caseId).filter((e) => e.action === 'case.received').at(-1)!;
      expect([...(received.details.earlierCustodians as string[])].sort()).toEqual([...earlier].sort());
      expect(trustedKeys(w.vault.db, caseId).map((k) => keyFingerprint(k))).toEqual(expect.arrayContaining(earlier));
    }
    const notes = readEntries(wbs.d.vault.db, caseId).filter((e) => e.action === 'note.added').map((e) => e.examiner.name);
    expect(notes).toEqual(['Examiner A', 'Examiner B', 'Examiner C']);
    // Back to the first custodian, whose session still caches the head of its own shorter log: the receipt
    // must chain onto the received entries, not onto that cached head.
    await handOver(wbs.d, wbs.a, caseId, 'da.skp');
    const back = await wbs.a.handlers()['custody.verify']({ caseId });
    expect(back.ok, JSON.stringify(back)).toBe(true);
  }, 300_000);
});

describe('a forged middle part', () => {
  const first = freshSeed();
  const second = freshSeed();
  const mallory = freshSeed();
  let n = 0;
  const forge = (o: Omit<ChainForgeOptions, 'caseId' | 'recipientPublicKey' | 'secondSigner' | 'at'>) => {
    const out = path.join(root, `chain-${++n}.skp`);
    const caseId = `c00000000c${n}`;
    forgeChainPackage(out, { ...o, caseId, recipientPublicKey: publicKey(wbs.c), secondSigner: second, at: new Date('2026-12-01T10:00:00.000Z') });
    return { out, caseId };
  };
  const receive = (out: string) => receiveCase(wbs.c.vault, out, new Date(), { senderKey: publicKeyOf(second) });
  const casesAtC = async () => (await wbs.c.handlers()['case.list']({})).map((c) => c.id);

  it('is accepted when its first part is signed by the key the pinned sender recorded receiving it from', async () => {
    const { out, caseId } = forge({ firstSigner: first, vouchedFingerprint: keyFingerprint(publicKeyOf(first)), custodians: [publicKeyOf(first)] });
    const r = await receive(out);
    expect(r).toMatchObject({ caseId, entries: 5, extended: false });
    expect((await wbs.c.handlers()['custody.verify']({ caseId })).ok).toBe(true);
  });

  it('is refused when the first part is signed by another key than the one the sender recorded, and nothing is imported', async () => {
    const before = await casesAtC();
    const { out, caseId } = forge({ firstSigner: mallory, vouchedFingerprint: keyFingerprint(publicKeyOf(first)), custodians: [publicKeyOf(mallory)] });
    const message = await refusal(receive(out));
    expect(message).toMatch(/custody log does not verify \(entry 0: checkpoint #0 is signed by key (\S+), which is not the examiner key given/);
    expect(message).toContain(keyFingerprint(publicKeyOf(mallory)));
    expect(message).toMatch(/Nothing was imported/);
    expect(await casesAtC()).toEqual(before);
    expect(before).not.toContain(caseId);
    // Listing the genuine first custodian's key as well does not make the forged signature count.
    const both = forge({ firstSigner: mallory, vouchedFingerprint: keyFingerprint(publicKeyOf(first)), custodians: [publicKeyOf(first), publicKeyOf(mallory)] });
    expect(await refusal(receive(both.out))).toContain(`checkpoint #0 is signed by key ${keyFingerprint(publicKeyOf(mallory))}`);
  });

  it('is refused when the earlier custodians are not listed (no key to check the first part with)', async () => {
    const { out } = forge({ firstSigner: first, vouchedFingerprint: keyFingerprint(publicKeyOf(first)) });
    expect(await refusal(receive(out))).toMatch(/custody log does not verify \(entry 0: checkpoint #0 is signed by key .* which is not the examiner key given/);
  });

  it("is refused when an earlier custodian's key signs beyond its part of the log", async () => {
    const { out } = forge({ firstSigner: mallory, vouchedFingerprint: keyFingerprint(publicKeyOf(mallory)), custodians: [publicKeyOf(mallory)], extraSigner: mallory });
    expect(await refusal(receive(out))).toMatch(/checkpoint #2: signed by .* over 5 entries/);
  });
});
