// Case hand-over as the window does it: no path crosses the bridge. The host's folder dialog chooses where
// the package goes, its file dialog chooses which package to receive, and the renderer holds only a token.
// Receiving is refused from a sender this vault has not pinned, and for a package altered in transit.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { tempDir } from '../../support/cli';
import { Workbench } from '../../../electron/node/core/workbench';
import { createDispatcher } from '../../../electron/node/api/dispatcher';
import { readEntries } from '../../../electron/node/store/custody-log';
import { VAULT_LOG } from '../../../electron/node/store/events';
import { loadExaminer } from '../../../electron/node/store/examiner';
import { formatPublicKey } from '../../../shared/custody';
import type { Method, Request, Response, WireResult } from '../../../shared/api/contract';

const KDF = { memoryKiB: 8192, iterations: 1 };

/** SHA-256 of the raw key in four-character groups, computed here with node:crypto (not the code under test). */
function expectedFingerprint(key: Uint8Array): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `SHA256:${hex.match(/.{4}/g)!.join(' ')}`;
}

describe('hand-over through host dialogs (handover.*)', () => {
  let root: string;
  let cleanup: () => void;
  let a: Workbench;
  let b: Workbench;
  let folderPick: string | null = null;
  let filePick: string | null = null;
  let caseId: string;
  let outDir: string;

  /** Calls B's core as the window does (the window's dispatcher, which refuses CLI-only methods). */
  const windowB = async <M extends Method>(method: M, request: Request<M>): Promise<WireResult<Response<M>>> => {
    const d = createDispatcher(b.handlers(), { isTrustedSender: () => true });
    return (await d({ url: 'app://sakshya/index.html', topFrame: true }, method, request)) as WireResult<Response<M>>;
  };

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-handover-'));
    outDir = path.join(root, 'outbox');
    fs.mkdirSync(outDir);
    a = new Workbench({ vaultDir: path.join(root, 'a'), kdf: KDF, autoLockMinutes: 0, pickFolder: async () => folderPick });
    b = new Workbench({ vaultDir: path.join(root, 'b'), kdf: KDF, autoLockMinutes: 0, pickPackage: async () => filePick });
    await a.create('sender vault pass', { name: 'Sender Examiner', designation: '', organisation: '' });
    await b.create('receiver vault pass', { name: 'Receiver Examiner', designation: '', organisation: '' });
    caseId = (await a.handlers()['case.create']({ title: 'Hand-over sample case' })).id;
  }, 120_000);
  afterAll(() => {
    a?.lock();
    b?.lock();
    cleanup?.();
  });

  const keyOf = (wb: Workbench) => loadExaminer(wb.vault.db)!.publicKey;
  const keyText = (wb: Workbench, comment: string) => formatPublicKey(keyOf(wb), comment);

  it('keeps the path-taking methods CLI-only and serves the picker-based ones to the window', async () => {
    const refused = await windowB('case.receive', { path: path.join(root, 'x.sakshya-case') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('UNKNOWN_METHOD');
    filePick = null;
    expect(await windowB('handover.open', {})).toEqual({ ok: true, value: null });
    // No request of the window's methods can carry a path of the renderer's choosing.
    for (const [m, req] of [
      ['handover.open', { path: '/etc/passwd' }],
      ['handover.receive', { token: '0'.repeat(32), path: '/etc/passwd' }],
      ['handover.send', { caseId: 'c0000000000', to: { key: 'x' }, out: '/tmp/x' }],
      ['handover.send', { caseId: 'c0000000000', to: { key: 'x', dir: '/tmp' } }],
    ] as const) {
      const r = await windowB(m, req as never);
      expect(r.ok ? 'accepted' : r.error.code).toBe('BAD_REQUEST');
    }
  });

  it('inspects a pasted key: fingerprint to compare, name, trusted or own, without changing anything', async () => {
    const r = await b.handlers()['examiner.inspectKey']({ publicKey: keyText(a, 'Sender Examiner') });
    expect(r).toEqual({ fingerprint: expectedFingerprint(keyOf(a)), name: 'Sender Examiner', trusted: false, own: false });
    expect((await b.handlers()['examiner.inspectKey']({ publicKey: keyText(b, '') })).own).toBe(true);
    expect(await b.handlers()['examiner.trusted']({})).toEqual([]);
    await expect(b.handlers()['examiner.inspectKey']({ publicKey: 'not a key' })).rejects.toThrow(/Not a Sakshya examiner public key/);
  });

  it('a cancelled folder dialog writes nothing; a chosen folder gets a new package named by the core, logged', async () => {
    const h = a.handlers();
    folderPick = null;
    expect(await h['handover.send']({ caseId, to: { key: keyText(b, 'Receiver') } })).toBeNull();
    expect(fs.readdirSync(outDir)).toEqual([]);
    await expect(h['handover.send']({ caseId, to: { key: keyText(a, '') } })).rejects.toThrow(/own examiner key/);
    await expect(h['handover.send']({ caseId, to: { trusted: 'SHA256:00' } })).rejects.toThrow(/not among this vault/);
    folderPick = outDir;
    const sent = await h['handover.send']({ caseId, to: { key: keyText(b, 'Receiver') } });
    expect(sent).not.toBeNull();
    expect(sent!.dir).toBe(outDir);
    expect(sent!.file).toMatch(new RegExp(`^${caseId}-\\d{8}T\\d{6}Z\\.sakshya-case$`));
    expect(fs.readdirSync(outDir)).toEqual([sent!.file]);
    const bytes = fs.readFileSync(path.join(outDir, sent!.file));
    expect(sent!.bytes).toBe(bytes.length);
    expect(sent!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sent!.recipientFingerprint).toBe(expectedFingerprint(keyOf(b)));
    const logged = readEntries(a.vault.db, caseId).filter((e) => e.action === 'case.sent');
    expect(logged).toHaveLength(1);
    // A second package of the same case in the same second gets its own file; the first is not overwritten.
    const again = await h['handover.send']({ caseId, to: { key: keyText(b, 'Receiver') } });
    expect(again!.file).not.toBe(sent!.file);
    expect(fs.readFileSync(path.join(outDir, sent!.file)).equals(bytes)).toBe(true);
    fs.rmSync(path.join(outDir, again!.file));
  });

  it.skipIf(process.platform !== 'linux')('says a folder that refuses the file could not be written, and logs no hand-over', async () => {
    // /sys refuses new files even to root (a read-only folder would not stop root).
    folderPick = '/sys';
    const before = readEntries(a.vault.db, caseId).length;
    await expect(a.handlers()['handover.send']({ caseId, to: { key: keyText(b, 'Receiver') } })).rejects.toMatchObject({ code: 'IO_ERROR', message: /could not be written in the chosen folder/ });
    expect(readEntries(a.vault.db, caseId)).toHaveLength(before);
  });

  it('refuses a package from a sender not trusted here, shows who it claims to be, and imports nothing', async () => {
    filePick = path.join(outDir, fs.readdirSync(outDir)[0]!);
    const peek = await b.handlers()['handover.open']({});
    expect(peek).toMatchObject({ problem: 'untrusted', package: { caseId, senderName: 'Sender Examiner', senderFingerprint: expectedFingerprint(keyOf(a)), trusted: false, forThisVault: true, caseHere: false } });
    await expect(b.handlers()['handover.receive']({ token: peek!.token })).rejects.toMatchObject({ code: 'VERIFY_FAILED' });
    expect(await b.handlers()['case.list']({})).toEqual([]);
  });

  it('refuses a package altered in transit, even from a trusted sender, and imports nothing', async () => {
    await b.handlers()['examiner.trust']({ publicKey: keyText(a, 'Sender Examiner') });
    const good = path.join(outDir, fs.readdirSync(outDir)[0]!);
    const bytes = fs.readFileSync(good);
    const tampered = path.join(root, 'tampered.sakshya-case');
    const t = Buffer.from(bytes);
    t[t.length - 40]! ^= 0x01;
    fs.writeFileSync(tampered, t);
    filePick = tampered;
    const peek = await b.handlers()['handover.open']({});
    expect(peek).toMatchObject({ problem: null, package: { trusted: true } });
    await expect(b.handlers()['handover.receive']({ token: peek!.token })).rejects.toMatchObject({ code: 'VERIFY_FAILED', message: /altered|damaged/ });
    expect(await b.handlers()['case.list']({})).toEqual([]);
    // A file that is not a package at all is named as such before anything is tried.
    const junk = path.join(root, 'junk.sakshya-case');
    fs.writeFileSync(junk, 'SAKSHYAP but not really');
    filePick = junk;
    expect(await b.handlers()['handover.open']({})).toMatchObject({ problem: 'notPackage', package: null });
  });

  it('receives from a trusted sender through the picked package only, and logs the receipt', async () => {
    filePick = path.join(outDir, fs.readdirSync(outDir)[0]!);
    const peek = await b.handlers()['handover.open']({});
    expect(peek!.problem).toBeNull();
    await expect(b.handlers()['handover.receive']({ token: 'f'.repeat(32) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const got = await b.handlers()['handover.receive']({ token: peek!.token });
    expect(got).toMatchObject({ caseId, title: 'Hand-over sample case', sender: 'Sender Examiner', senderFingerprint: expectedFingerprint(keyOf(a)), extended: false });
    expect((await b.handlers()['case.list']({})).map((c) => c.id)).toEqual([caseId]);
    expect(readEntries(b.vault.db, caseId).filter((e) => e.action === 'case.received')).toHaveLength(1);
    expect(readEntries(b.vault.db, VAULT_LOG).filter((e) => (e.action as string) === 'examiner.trusted')).toHaveLength(1);
    // The same token cannot be used twice.
    await expect(b.handlers()['handover.receive']({ token: peek!.token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names a package sealed for another vault before receiving', async () => {
    const c = new Workbench({ vaultDir: path.join(root, 'c'), kdf: KDF, autoLockMinutes: 0 });
    await c.create('third vault pass', { name: 'Third Examiner', designation: '', organisation: '' });
    const third = formatPublicKey(loadExaminer(c.vault.db)!.publicKey, 'Third');
    c.lock();
    const dir = path.join(root, 'for-third');
    fs.mkdirSync(dir);
    folderPick = dir;
    const sent = await a.handlers()['handover.send']({ caseId, to: { key: third } });
    filePick = path.join(dir, sent!.file);
    expect(await b.handlers()['handover.open']({})).toMatchObject({ problem: 'notForThisVault', package: { forThisVault: false } });
  });
});
