// The CLI's host of the one dispatcher (electron/cli/host.ts): what a command sends is checked against the
// shared contract before any handler runs, and only what the contract declares comes back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { createCliHost, cliHandlers, type CliApi } from '../../electron/cli/host';
import { createDispatcher, type HandlerTable } from '../../electron/node/api/dispatcher';
import { METHODS } from '../../shared/api/contract';
import { SakshyaError } from '../../shared/api/errors';
import { Workbench } from '../../electron/node/core/workbench';
import { readCheckpoints, readRawEntries } from '../../electron/node/store/custody-log';
import { parsePublicKey, verifyInclusionDocument } from '../../shared/custody';
import { nodeCustodyCrypto } from '../../electron/node/vault/node-crypto';
import { tempDir } from '../support/cli';
import { fixtureVault } from '../support/vault-fixture';

/** A handler table whose every method records that it ran and returns `value`. */
function recordingTable(value: (method: string, req: unknown) => unknown): { table: HandlerTable; calls: string[] } {
  const calls: string[] = [];
  const table = Object.fromEntries(METHODS.map((m) => [m, async (req: unknown) => (calls.push(m), value(m, req))])) as unknown as HandlerTable;
  return { table, calls };
}

async function refusal(p: Promise<unknown>): Promise<SakshyaError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SakshyaError);
  return e as SakshyaError;
}

describe('CLI host: requests pass the contract before any handler runs', () => {
  it('refuses a malformed request with BAD_REQUEST naming the field, and runs no handler', async () => {
    const { table, calls } = recordingTable(() => ({}));
    const api = createCliHost(table);
    // A title of spaces is empty once trimmed: the contract's text(300) refuses it.
    const e = await refusal(api('case.create', { title: '   ' }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toBe('Invalid request for case.create: check title.');
    const wrongType = await refusal(api('evidence.rows', { caseId: 'c0123456789', evidenceId: 'e1', offset: -1, limit: 0 }));
    expect(wrongType.message).toBe('Invalid request for evidence.rows: check offset, limit.');
    expect(calls).toEqual([]);
  });

  it('refuses fields the contract does not declare, and values of the wrong kind in the CLI-only methods', async () => {
    const { table, calls } = recordingTable(() => ({}));
    const api = createCliHost(table);
    const extra = { caseId: 'c0123456789', sneaky: 1 } as unknown as { caseId: string };
    expect((await refusal(api('custody.entries', extra))).message).toBe('Invalid request for custody.entries: check (request).');
    expect((await refusal(api('custody.consistency', { caseId: 'c0123456789', root: 'not-hex', size: 3 }))).message).toContain('check root');
    expect((await refusal(api('case.export', { caseId: 'c0123456789', to: 'k', out: 'relative/file.pkg' }))).message).toBe('Invalid request for case.export: check out.');
    const badFormat = { caseId: 'c0123456789', evidenceId: 'e1', format: 'xlsx', out: '/tmp/x' } as unknown as { caseId: string; evidenceId: string; format: 'csv'; out: string };
    expect((await refusal(api('evidence.export', badFormat))).message).toBe('Invalid request for evidence.export: check format.');
    expect((await refusal(api('custody.verify', { caseId: '../../etc' }))).message).toBe('Invalid request for custody.verify: check caseId.');
    expect(calls).toEqual([]);
  });

  it('passes the parsed request to the handler and returns only the fields the contract declares', async () => {
    const seen: unknown[] = [];
    const { table } = recordingTable((_m, req) => {
      seen.push(req);
      return { id: 'c0123456789', title: 'T', ref: '', createdAt: '2024-01-01T00:00:00.000Z', passphrase: 'must not leave' };
    });
    const c = await createCliHost(table)('case.create', { title: '  Leak review  ' });
    expect(seen).toEqual([{ title: 'Leak review' }]);
    expect(c).toEqual({ id: 'c0123456789', title: 'T', ref: '', createdAt: '2024-01-01T00:00:00.000Z' });
  });

  it("keeps a handler's expected error (code and message) and re-throws a bug as itself, not as data", async () => {
    const expected = recordingTable(() => {
      throw new SakshyaError('NOT_FOUND', 'No case c0123456789.');
    });
    const e = await refusal(createCliHost(expected.table)('custody.log', { caseId: 'c0123456789' }));
    expect([e.code, e.message]).toEqual(['NOT_FOUND', 'No case c0123456789.']);

    class ParserBug extends Error {}
    const bug = recordingTable(() => {
      throw new ParserBug('a value from the evidence');
    });
    await expect(createCliHost(bug.table)('case.list', {})).rejects.toBeInstanceOf(ParserBug);
  });

  it('refuses a response that does not match the contract instead of printing it', async () => {
    const { table } = recordingTable(() => ({ entries: 'not a list' }));
    await expect(createCliHost(table)('custody.entries', { caseId: 'c0123456789' })).rejects.toThrow(/does not match the contract/);
  });
});

describe("the window's hosts and the CLI-only methods", () => {
  it('a dispatcher without the CLI option refuses the methods that write or read caller-named files, and runs no handler', async () => {
    const { table, calls } = recordingTable(() => ({}));
    const window = createDispatcher(table, { isTrustedSender: () => true });
    const sender = { url: 'app://sakshya/index.html', topFrame: true };
    const requests: [string, unknown][] = [
      ['case.export', { caseId: 'c0123456789', to: 'k', out: '/home/x/.bashrc' }],
      ['case.receive', { path: '/etc/passwd' }],
      ['evidence.export', { caseId: 'c0123456789', evidenceId: 'e1', format: 'csv', out: '/tmp/x.csv' }],
      ['report.write', { caseId: 'c0123456789', template: 'regulator', lang: 'en', outDir: '/tmp/r' }],
    ];
    for (const [m, req] of requests) {
      expect(await window(sender, m, req)).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Method ${m} is served only to the sakshya command-line tool.` } });
    }
    expect(calls).toEqual([]);
    // The CLI host serves them (the request reaches the handler).
    await createCliHost(table)('case.receive', { path: '/tmp/case.pkg' }).catch(() => undefined);
    expect(calls).toEqual(['case.receive']);
  });
});

describe('CLI host over a real vault: the CLI-only methods', () => {
  const PASS = 'host tests';
  let cleanup: () => void;
  let vault: string;
  let api: CliApi;
  let caseId: string;

  beforeAll(async () => {
    let root: string;
    ({ dir: root, cleanup } = tempDir());
    vault = path.join(root, 'v');
    await fixtureVault(vault, PASS, { name: 'Host Examiner' });
    api = createCliHost(cliHandlers(new Workbench({ vaultDir: vault, autoLockMinutes: 0 }), { recordUnlock: false }));
    await api('vault.unlock', { passphrase: PASS });
    caseId = (await api('case.create', { title: 'Host case' })).id;
    await api('notes.add', { caseId, text: 'first note' });
  });
  afterAll(async () => {
    await api('vault.lock', {});
    cleanup();
  });

  it('custody.entries returns every stored entry and checkpoint with every field, exactly as stored (what `custody log --json` prints)', async () => {
    const { entries, checkpoints } = await api('custody.entries', { caseId });
    await api('vault.lock', {});
    const wb = new Workbench({ vaultDir: vault, autoLockMinutes: 0 });
    await wb.unlock(PASS, false);
    const stored = readRawEntries(wb.vault.db, caseId);
    const storedCheckpoints = readCheckpoints(wb.vault.db, caseId).map((c) => JSON.stringify(c));
    wb.lock('exit');
    await api('vault.unlock', { passphrase: PASS });
    expect(entries.map((e) => JSON.stringify(e))).toEqual(stored);
    expect(checkpoints.map((c) => JSON.stringify(c))).toEqual(storedCheckpoints);
    expect(checkpoints.at(-1)?.treeSize).toBe(stored.length);
  });

  it('custody.prove gives an inclusion proof that checks against the examiner key alone', async () => {
    const key = parsePublicKey((await api('examiner.publicKey', {})).text).publicKey;
    const doc = await api('custody.prove', { caseId, entry: 1 });
    expect(doc.entry.action).toBe('note.added');
    expect(verifyInclusionDocument(doc, key, nodeCustodyCrypto)).toMatchObject({ ok: true, seq: 1 });
    await expect(api('custody.prove', { caseId, entry: 99 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('custody.consistency proves today’s log extends an earlier checkpoint, and refuses a root it never had', async () => {
    const before = await api('custody.log', { caseId });
    await api('notes.add', { caseId, text: 'a later note' });
    const ok = await api('custody.consistency', { caseId, root: before.root!, size: before.treeSize });
    expect(ok).toMatchObject({ ok: true, oldSize: before.treeSize, size: before.treeSize + 1 });
    const other = before.root!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const bad = await api('custody.consistency', { caseId, root: other, size: before.treeSize });
    expect(bad.ok).toBe(false);
    expect(bad.problem).toMatch(/does not extend the earlier root/);
  });

  it('refuses a method on a case that does not exist with NOT_FOUND', async () => {
    await expect(api('custody.exportJsonLd', { caseId: 'c0000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
