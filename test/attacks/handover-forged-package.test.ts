// Issue #14, attack 1: a case package forged with a fresh key that claims a known examiner's name, whose
// evidence row names another case already in the receiving vault. It must be refused, and a hand-over is
// accepted only from a key the receiver pinned (--from, or `sakshya examiner trust`).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { parsePublicKey, formatPublicKey } from '../../shared/custody';
import { forgePackage, freshSeed, publicKeyOf } from './support/package-forge';

let root: string;
let cleanup: () => void;
const S = { SAKSHYA_PASSPHRASE: 'sender vault' };
const R = { SAKSHYA_PASSPHRASE: 'receiver vault' };
let vs: string;
let vr: string;
let victim: string;
let keyS: string;
let keyR: string;
let attackerKey: string;
const attacker = freshSeed();

const evidenceOf = async (vault: string, caseId: string) =>
  JSON.parse((await sakshya(['evidence', 'list', '--vault', vault, '--case', caseId, '--json'], { env: R })).stdout) as { evidenceId: string }[];
const casesOf = async (vault: string, env: Record<string, string>) => (JSON.parse((await sakshya(['case', 'list', '--vault', vault, '--json'], { env })).stdout) as { id: string }[]).map((c) => c.id);

function forge(name: string, opts: { caseId: string; evidenceCaseId?: string }): string {
  const out = path.join(root, name);
  forgePackage(out, {
    ...opts,
    recipientPublicKey: parsePublicKey(fs.readFileSync(keyR, 'utf8')).publicKey,
    senderSeed: attacker,
    senderName: 'Sender Examiner',
    file: { name: 'planted.txt', bytes: Buffer.from('synthetic planted evidence, not a real record\n') },
    at: new Date('2026-12-01T10:00:00.000Z'),
  });
  return out;
}

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  vs = path.join(root, 's');
  vr = path.join(root, 'r');
  await fixtureVault(vs, S.SAKSHYA_PASSPHRASE, { name: 'Sender Examiner' });
  await fixtureVault(vr, R.SAKSHYA_PASSPHRASE, { name: 'Recipient Examiner' });
  victim = (await sakshya(['case', 'new', '--vault', vr, '--title', 'Existing investigation'], { env: R })).stdout.trim();
  keyS = path.join(root, 's.pub');
  keyR = path.join(root, 'r.pub');
  expect((await sakshya(['examiner', 'key', '--vault', vs, '--out', keyS], { env: S })).code).toBe(0);
  expect((await sakshya(['examiner', 'key', '--vault', vr, '--out', keyR], { env: R })).code).toBe(0);
  attackerKey = path.join(root, 'attacker.pub');
  fs.writeFileSync(attackerKey, formatPublicKey(publicKeyOf(attacker), 'Sender Examiner') + '\n');
}, 900_000);
afterAll(() => cleanup());

describe('attack 1: a forged case package', () => {
  it('is refused when its key is not pinned, even though it claims a known examiner, and nothing lands in any case', async () => {
    const pkg = forge('forged.skp', { caseId: 'c00000000a1', evidenceCaseId: victim });
    const r = await sakshya(['case', 'receive', '--vault', vr, pkg], { env: R });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/sender key not trusted/);
    expect(r.stderr).toMatch(/claims to be "Sender Examiner"/);
    expect(r.stderr).toMatch(/Nothing was imported/);
    expect(await casesOf(vr, R)).toEqual([victim]);
    expect(await evidenceOf(vr, victim)).toEqual([]);
    // Pinning the real examiner's key does not help a package signed by another key.
    const withReal = await sakshya(['case', 'receive', '--vault', vr, '--from', keyS, pkg], { env: R });
    expect(withReal.code).toBe(3);
    expect(withReal.stderr).toMatch(/sender key not trusted: .* not by the key given with --from/);
    console.log(`attack 1: forged package refused (exit ${r.code}, 'sender key not trusted'; with the real examiner's key pinned: exit ${withReal.code})`);
  }, 900_000);

  it('is refused even from a pinned key when an evidence row names another case', async () => {
    const pkg = forge('forged-rows.skp', { caseId: 'c00000000a2', evidenceCaseId: victim });
    const r = await sakshya(['case', 'receive', '--vault', vr, '--from', attackerKey, pkg], { env: R });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`evidence eforged00001 belongs to case "${victim}", not to the package's case c00000000a2`);
    expect(await casesOf(vr, R)).toEqual([victim]);
    expect(await evidenceOf(vr, victim)).toEqual([]);
    const v = await sakshya(['verify', '--vault', vr, '--case', victim], { env: R });
    expect(v.code, v.stderr).toBe(0);
    console.log(`attack 1: evidence row naming another case refused from a pinned key (exit ${r.code}, 'belongs to case ${victim}')`);
  }, 900_000);

  it('is refused when it claims a case already in the vault whose log it does not extend', async () => {
    const pkg = forge('forged-existing.skp', { caseId: victim });
    const r = await sakshya(['case', 'receive', '--vault', vr, '--from', attackerKey, pkg], { env: R });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/already in this vault with a different first custody entry/);
    expect(await evidenceOf(vr, victim)).toEqual([]);
    console.log(`attack 1: package for an existing case with another log refused (exit ${r.code}, 'different first custody entry')`);
  }, 900_000);
});

describe('hand-over from a pinned examiner', () => {
  it('trusts a key only by an explicit command that prints its fingerprint, and then receives without --from', async () => {
    const caseId = (await sakshya(['case', 'new', '--vault', vs, '--title', 'Handed over'], { env: S })).stdout.trim();
    const pkg = path.join(root, 'genuine.skp');
    expect((await sakshya(['case', 'export', '--vault', vs, '--case', caseId, '--to', keyR, '--out', pkg], { env: S })).code).toBe(0);
    const before = await sakshya(['examiner', 'trusted', '--vault', vr, '--json'], { env: R });
    expect(JSON.parse(before.stdout)).toEqual([]);
    expect((await sakshya(['case', 'receive', '--vault', vr, pkg], { env: R })).code).toBe(3);

    const t = await sakshya(['examiner', 'trust', '--vault', vr, keyS], { env: R });
    expect(t.code, t.stderr).toBe(0);
    const fp = t.stdout.trim();
    expect(fp).toMatch(/^SHA256:[0-9a-f]{64}$/);
    const mine = JSON.parse((await sakshya(['custody', 'log', '--vault', vs, '--case', caseId, '--json'], { env: S })).stdout) as { checkpoints: { keyFingerprint: string }[] };
    expect(fp).toBe(mine.checkpoints.at(-1)!.keyFingerprint);
    const listed = JSON.parse((await sakshya(['examiner', 'trusted', '--vault', vr, '--json'], { env: R })).stdout) as { name: string; keyFingerprint: string }[];
    expect(listed).toEqual([expect.objectContaining({ name: 'Sender Examiner', keyFingerprint: fp })]);

    const ok = await sakshya(['case', 'receive', '--vault', vr, pkg], { env: R });
    expect(ok.code, ok.stderr).toBe(0);
    expect((await sakshya(['verify', '--vault', vr, '--case', caseId], { env: R })).code).toBe(0);
    // Trusting the real examiner does not let a package signed by another key in under their name.
    const forged = forge('forged-after-trust.skp', { caseId: 'c00000000a3' });
    const r = await sakshya(['case', 'receive', '--vault', vr, forged], { env: R });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/sender key not trusted/);
  }, 900_000);

  it('accepts a case coming back only when it extends the log this vault holds (RFC 6962 consistency), and refuses a fork', async () => {
    const caseId = (await sakshya(['case', 'new', '--vault', vs, '--title', 'Round trip'], { env: S })).stdout.trim();
    const out1 = path.join(root, 'out1.skp');
    expect((await sakshya(['case', 'export', '--vault', vs, '--case', caseId, '--to', keyR, '--out', out1], { env: S })).code).toBe(0);
    const forked = path.join(root, 's-forked');
    fs.cpSync(vs, forked, { recursive: true });
    expect((await sakshya(['note', 'add', '--vault', forked, '--case', caseId, '--text', 'written after sending'], { env: S })).code).toBe(0);
    expect((await sakshya(['case', 'receive', '--vault', vr, '--from', keyS, out1], { env: R })).code).toBe(0);
    expect((await sakshya(['note', 'add', '--vault', vr, '--case', caseId, '--text', 'checked by the recipient'], { env: R })).code).toBe(0);
    const back = path.join(root, 'back.skp');
    expect((await sakshya(['case', 'export', '--vault', vr, '--case', caseId, '--to', keyS, '--out', back], { env: R })).code).toBe(0);

    const ok = await sakshya(['case', 'receive', '--vault', vs, '--from', keyR, '--json', back], { env: S });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ caseId, extended: true });
    expect((await sakshya(['verify', '--vault', vs, '--case', caseId], { env: S })).code).toBe(0);
    const log = (await sakshya(['custody', 'log', '--vault', vs, '--case', caseId], { env: S })).stdout;
    expect(log).toMatch(/Recipient Examiner .*note\.added/);
    expect(log.match(/case\.received/g)).toHaveLength(2);
    const again = await sakshya(['case', 'receive', '--vault', vs, '--from', keyR, back], { env: S });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already in this vault/);

    const fork = await sakshya(['case', 'receive', '--vault', forked, '--from', keyR, back], { env: S });
    expect(fork.code, fork.stderr).toBe(3);
    expect(fork.stderr).toMatch(/does not extend the log this vault holds .*forked/);
    console.log(`attack 1: a returning case is accepted only as an extension (exit ${ok.code}); a forked log is refused (exit ${fork.code})`);
  }, 900_000);
});
