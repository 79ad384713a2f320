// Issue #14, attack 3: a report bundle re-signed with the attacker's own key (examiner.pub swapped, a note
// edited, checkpoint and manifest re-signed, the PDF kept). `verify-report` must not pass it: the reader
// pins the expected key, and even unpinned the signer must be the key report.json, the custody entries and
// the PDF name.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sakshya, tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';
import { displayFingerprint, formatPublicKey } from '../../shared/custody';
import { resignBundle } from './support/bundle-resign';
import { freshSeed, publicKeyOf } from './support/package-forge';

const hasChromium = fs.existsSync('/usr/bin/chromium');
let root: string;
let cleanup: () => void;
const env = { SAKSHYA_PASSPHRASE: 'bundle vault' };
let report: string;
let genuineKey: string;
let genuineFp: string;
const attacker = freshSeed();

beforeAll(async () => {
  ({ dir: root, cleanup } = tempDir());
  if (!hasChromium) return;
  const vault = path.join(root, 'v');
  await fixtureVault(vault, env.SAKSHYA_PASSPHRASE, { name: 'Genuine Examiner' });
  const caseId = (await sakshya(['case', 'new', '--vault', vault, '--title', 'Bundle case'], { env })).stdout.trim();
  expect((await sakshya(['note', 'add', '--vault', vault, '--case', caseId, '--text', 'The sample matches the complaint.'], { env })).code).toBe(0);
  report = path.join(root, 'report');
  const r = await sakshya(['report', '--vault', vault, '--case', caseId, '--out', report], { env });
  expect(r.code, r.stderr).toBe(0);
  genuineKey = path.join(root, 'genuine.pub');
  expect((await sakshya(['examiner', 'key', '--vault', vault, '--out', genuineKey], { env })).code).toBe(0);
  genuineFp = JSON.parse(fs.readFileSync(path.join(report, 'manifest.json'), 'utf8')).keyFingerprint as string;
}, 900_000);
afterAll(() => cleanup());

describe.skipIf(!hasChromium)('attack 3: a re-signed report bundle', () => {
  it('a genuine bundle verifies; without a pinned key the output says loudly that the signer is unpinned', async () => {
    const plain = await sakshya(['verify-report', report, '--json']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toMatch(/WARNING: SIGNER NOT PINNED/);
    expect(JSON.parse(plain.stdout)).toMatchObject({ ok: true, pinned: false, keyFingerprint: genuineFp, warning: expect.stringMatching(/no expected key was given/) });
    const byKey = await sakshya(['verify-report', report, '--key', genuineKey, '--json']);
    expect(byKey.code, byKey.stderr).toBe(0);
    expect(JSON.parse(byKey.stdout)).toMatchObject({ ok: true, pinned: true });
    expect(byKey.stderr).not.toMatch(/NOT PINNED/);
    // The fingerprint as printed in the PDF (grouped by four, with spaces) is accepted too.
    const byFp = await sakshya(['verify-report', report, '--fingerprint', displayFingerprint(genuineFp)]);
    expect(byFp.code, byFp.stderr).toBe(0);
    expect((await sakshya(['verify-report', report, '--key', genuineKey, '--fingerprint', genuineFp])).code).toBe(2);
    expect((await sakshya(['verify-report', report, '--fingerprint', 'SHA256:1234'])).code).toBe(2);
  }, 900_000);

  it('is refused when re-signed: report.json still names the genuine key (unpinned), and a pinned key names examiner.pub', async () => {
    const forged = path.join(root, 'naive');
    resignBundle(report, forged, { seed: attacker, note: 'The sample does not match the complaint.', depth: 'naive' });
    const r = await sakshya(['verify-report', forged]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/REPORT DOES NOT VERIFY: report\.json: names examiner key fingerprint SHA256:/);
    const pinned = await sakshya(['verify-report', forged, '--fingerprint', genuineFp]);
    expect(pinned.code).toBe(3);
    expect(pinned.stderr).toMatch(/examiner\.pub: is not the key you pinned/);
    console.log(`attack 3: re-signed bundle refused (exit ${r.code}, 'report.json: names examiner key fingerprint …'; pinned: exit ${pinned.code}, 'examiner.pub: is not the key you pinned')`);
  }, 900_000);

  it('is refused when report.json is rewritten too: the custody entries name another examiner key', async () => {
    const forged = path.join(root, 'model');
    resignBundle(report, forged, { seed: attacker, note: 'The sample does not match the complaint.', depth: 'model' });
    const r = await sakshya(['verify-report', forged]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/custody\.jsonl: entry 0 is by examiner key SHA256:.* nor is recorded in a hand-over/);
    console.log(`attack 3: re-signed bundle with report.json rewritten refused (exit ${r.code}, 'custody.jsonl: entry 0 is by examiner key …')`);
  }, 900_000);

  it('is refused when every record is rewritten: the PDF still prints the genuine fingerprint, even if the attacker pins their own key', async () => {
    const forged = path.join(root, 'entries');
    const { attackerFingerprint } = resignBundle(report, forged, { seed: attacker, note: 'The sample does not match the complaint.', depth: 'entries' });
    const r = await sakshya(['verify-report', forged]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(`report.pdf: does not print the signing key ${displayFingerprint(attackerFingerprint)}; it prints ${displayFingerprint(genuineFp)}`);
    const ownKey = path.join(root, 'attacker.pub');
    fs.writeFileSync(ownKey, formatPublicKey(publicKeyOf(attacker)) + '\n');
    const self = await sakshya(['verify-report', forged, '--key', ownKey]);
    expect(self.code).toBe(3);
    expect(self.stderr).toMatch(/report\.pdf: does not print the signing key/);
    const pinned = await sakshya(['verify-report', forged, '--key', genuineKey]);
    expect(pinned.code).toBe(3);
    expect(pinned.stderr).toMatch(/examiner\.pub: is not the key you pinned/);
    console.log(`attack 3: fully rewritten bundle refused (exit ${r.code}, 'report.pdf: does not print the signing key'; pinned genuine key: exit ${pinned.code})`);
  }, 900_000);
});
