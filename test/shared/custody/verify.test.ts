import { describe, expect, it } from 'vitest';
import { toHex } from '../../../shared/custody/bytes';
import { appendEntry, chainHeadAfter } from '../../../shared/custody/chain';
import { nobleCustodyCrypto, type CustodyCrypto } from '../../../shared/custody/crypto';
import { entryHash, entryLeafHash, type CustodyEntry } from '../../../shared/custody/entry';
import { merkleRoot } from '../../../shared/custody/merkle';
import { verifyCustody, type VerifyCustodyResult } from '../../../shared/custody/verify';
import { clone, everySize, makeCheckpoints, makeEntries, makeExaminer, nodeHash } from './fixtures';

const examiner = makeExaminer();
const N = 12;
const pristine = makeEntries(N, examiner);
const perEntry = makeCheckpoints(pristine, everySize(N), examiner);
const sparse = makeCheckpoints(pristine, [4, 8, N], examiner);

function verify(entries: readonly unknown[], checkpoints: readonly unknown[] = perEntry): VerifyCustodyResult {
  return verifyCustody({ entries, checkpoints, publicKey: examiner.publicKey });
}

function firstBad(result: VerifyCustodyResult): { kind: string; seq?: number; index?: number; defect: string } {
  if (result.ok) throw new Error('expected verification to fail');
  const { kind, seq, index, defect } = result.firstBad;
  return { kind, defect, ...(seq === undefined ? {} : { seq }), ...(index === undefined ? {} : { index }) };
}

/** Re-links and renumbers from `from` on, as an attacker without the signing key would. */
function rechain(entries: CustodyEntry[], from: number): CustodyEntry[] {
  for (let i = Math.max(from, 0); i < entries.length; i++) {
    entries[i] = { ...entries[i]!, seq: i, prevHash: i === 0 ? '0'.repeat(64) : entryHash(entries[i - 1]!) };
  }
  return entries;
}

function forge(after: CustodyEntry, text: string): CustodyEntry {
  return appendEntry(chainHeadAfter(after.caseId, [after]), {
    action: 'note.added',
    examiner: after.examiner,
    details: { text },
    at: new Date(Date.parse(after.at) + 1),
  }).entry;
}

describe('verifyCustody on an untouched log', () => {
  it('accepts it and reports the tree size and the root of all entries', () => {
    const result = verify(pristine);
    expect(result).toEqual({
      ok: true,
      caseId: 'CASE-2024-017',
      treeSize: N,
      root: toHex(merkleRoot(pristine.map((e) => entryLeafHash(e)))),
      checkpointCount: N,
    });
  });

  it('accepts it with sparse checkpoints as long as the last covers every entry', () => {
    expect(verify(pristine, sparse).ok).toBe(true);
  });

  it('accepts an empty log without checkpoints, and a signed empty tree', () => {
    expect(verify([], [])).toMatchObject({ ok: true, treeSize: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
    expect(verify([], makeCheckpoints([], [0], examiner)).ok).toBe(true);
  });

  it('uses an injected hash and signature implementation', () => {
    let hashes = 0;
    let verifies = 0;
    const counting: CustodyCrypto = {
      sha256: (d) => (hashes++, nobleCustodyCrypto.sha256(d)),
      verifyEd25519: (s, m, k) => (verifies++, nobleCustodyCrypto.verifyEd25519(s, m, k)),
    };
    expect(verifyCustody({ entries: pristine, checkpoints: sparse, publicKey: examiner.publicKey, crypto: counting }).ok).toBe(true);
    expect(hashes).toBeGreaterThan(N);
    expect(verifies).toBe(3);
  });
});

describe.each([
  ['a checkpoint after every entry', perEntry],
  ['checkpoints at 4, 8 and 12', sparse],
])('verifyCustody names the tampered entry (%s)', (_label, checkpoints) => {
  const run = (entries: readonly unknown[]): ReturnType<typeof firstBad> => firstBad(verify(entries, checkpoints));

  it('changed entry in the middle → that entry', () => {
    const log = clone(pristine);
    log[5]!.details = { reason: 'something else' };
    expect(run(log)).toEqual({ kind: 'entry', seq: 5, defect: 'altered' });
  });

  it('changed first entry → entry 0', () => {
    const log = clone(pristine);
    log[0]!.examiner.name = 'Someone Else';
    expect(run(log)).toEqual({ kind: 'entry', seq: 0, defect: 'altered' });
  });

  it('changed last entry (nothing links to it) → the last entry, via the signed root', () => {
    const log = clone(pristine);
    log[N - 1]!.at = '2030-01-01T00:00:00.000Z';
    expect(run(log)).toEqual({ kind: 'entry', seq: N - 1, defect: 'altered' });
  });

  it('deleted entry → that seq is missing', () => {
    const log = clone(pristine);
    log.splice(6, 1);
    expect(run(log)).toEqual({ kind: 'entry', seq: 6, defect: 'missing' });
  });

  it('two entries swapped → the first position that is out of order', () => {
    const log = clone(pristine);
    [log[3], log[4]] = [log[4]!, log[3]!];
    expect(run(log)).toEqual({ kind: 'entry', seq: 3, defect: 'out-of-order' });
  });

  it('entry inserted (linked to its predecessor, later seqs left alone) → the inserted entry', () => {
    const log = clone(pristine);
    log.splice(7, 0, forge(log[6]!, 'planted'));
    expect(run(log)).toEqual({ kind: 'entry', seq: 7, defect: 'inserted' });
  });

  it('entry inserted and the following seqs renumbered → the inserted entry', () => {
    const log = clone(pristine);
    log.splice(7, 0, forge(log[6]!, 'planted'));
    for (let i = 8; i < log.length; i++) log[i] = { ...log[i]!, seq: i };
    expect(run(log)).toEqual({ kind: 'entry', seq: 7, defect: 'inserted' });
  });

  it('log truncated below the signed size → the first removed seq', () => {
    expect(run(clone(pristine).slice(0, 9))).toEqual({ kind: 'entry', seq: 9, defect: 'truncated' });
  });

  it('whole log deleted but checkpoints kept → seq 0 truncated', () => {
    expect(run([])).toEqual({ kind: 'entry', seq: 0, defect: 'truncated' });
  });

  it('entry appended after the last checkpoint → the first unsigned entry', () => {
    const log = clone(pristine);
    log.push(forge(log[N - 1]!, 'added later'));
    expect(run(log)).toEqual({ kind: 'entry', seq: N, defect: 'unsigned' });
  });

  it('entry from another case → that entry', () => {
    const log = clone(pristine);
    log[2]!.caseId = 'CASE-OTHER';
    expect(run(log)).toEqual({ kind: 'entry', seq: 2, defect: 'wrong-case' });
  });

  it('unreadable entry → that entry', () => {
    const log: unknown[] = clone(pristine);
    log[4] = { ...pristine[4]!, at: 'yesterday' };
    expect(run(log)).toEqual({ kind: 'entry', seq: 4, defect: 'malformed' });
  });
});

describe('verifyCustody against an attacker who also rewrites the hash chain', () => {
  it('pins the changed entry exactly when every append was checkpointed', () => {
    const log = clone(pristine);
    log[5]!.details = { reason: 'rewritten' };
    expect(firstBad(verify(rechain(log, 6)))).toEqual({ kind: 'entry', seq: 5, defect: 'altered' });
  });

  it('narrows a rewrite to the range between checkpoints when they are sparse, and says so', () => {
    const log = clone(pristine);
    log[5]!.details = { reason: 'rewritten' };
    const result = verify(rechain(log, 6), sparse);
    expect(firstBad(result)).toEqual({ kind: 'entry', seq: 4, defect: 'altered' });
    expect(!result.ok && result.firstBad.problem).toMatch(/entries 4\.\.7 were rewritten/);
  });

  it('names a deleted entry even when the later seqs were renumbered', () => {
    const log = clone(pristine);
    log.splice(6, 1);
    for (let i = 6; i < log.length; i++) log[i] = { ...log[i]!, seq: i };
    expect(firstBad(verify(log))).toEqual({ kind: 'entry', seq: 6, defect: 'unlinked' });
  });

  it('names an inserted entry whose prevHash is made up', () => {
    const log = clone(pristine);
    log.splice(7, 0, { ...forge(log[6]!, 'planted'), prevHash: 'ab'.repeat(32) });
    for (let i = 8; i < log.length; i++) log[i] = { ...log[i]!, seq: i };
    expect(firstBad(verify(log))).toEqual({ kind: 'entry', seq: 7, defect: 'unlinked' });
  });
});

describe('verifyCustody on tampered checkpoints', () => {
  it('two checkpoints swapped → the one out of order', () => {
    const cps = clone(sparse);
    [cps[0], cps[1]] = [cps[1]!, cps[0]!];
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 1, defect: 'checkpoint-order' });
  });

  it('latest checkpoint replaced by an older genuine one → entries after it are unsigned', () => {
    const cps = [sparse[0]!, sparse[1]!, sparse[0]!];
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 2, defect: 'checkpoint-order' });
    expect(firstBad(verify(pristine, sparse.slice(0, 2)))).toEqual({ kind: 'entry', seq: 8, defect: 'unsigned' });
  });

  it('root edited in a checkpoint → its signature fails', () => {
    const cps = clone(sparse);
    cps[1]!.rootHash = toHex(entryLeafHash(pristine[0]!));
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 1, defect: 'bad-signature' });
  });

  it('tree size edited in a checkpoint → its signature fails', () => {
    const cps = clone(sparse);
    cps[2]!.treeSize = 11;
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 2, defect: 'bad-signature' });
  });

  it('checkpoint signed by another key → refused, naming the key', () => {
    const other = makeExaminer(9, 'Mallory');
    const cps = [...sparse.slice(0, 2), ...makeCheckpoints(pristine, [N], other)];
    const result = verify(pristine, cps);
    expect(firstBad(result)).toEqual({ kind: 'checkpoint', index: 2, defect: 'bad-signature' });
    expect(!result.ok && result.firstBad.problem).toContain(other.fingerprint);
  });

  it('accepts a checkpoint by a second trusted examiner (case handed over)', () => {
    const other = makeExaminer(9, 'Second Examiner');
    const cps = [...sparse.slice(0, 2), ...makeCheckpoints(pristine, [N], other)];
    expect(verifyCustody({ entries: pristine, checkpoints: cps, publicKey: [examiner.publicKey, other.publicKey] }).ok).toBe(true);
  });

  it('genuine checkpoint from another case → refused', () => {
    const otherCase = makeEntries(N, examiner, 'CASE-OTHER');
    const cps = [...sparse.slice(0, 2), ...makeCheckpoints(otherCase, [N], examiner)];
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 2, defect: 'wrong-case' });
  });

  it('genuine checkpoint from a forked copy of the log (same size, other root) → refused as a fork', () => {
    const fork = clone(pristine);
    fork[9]!.details = { reason: 'forked' };
    rechain(fork, 10);
    const forked = makeCheckpoints(fork, [10], examiner)[0]!;
    const cps = [sparse[0]!, sparse[1]!, forked, sparse[2]!];
    expect(firstBad(verify(pristine, cps))).toEqual({ kind: 'checkpoint', index: 2, defect: 'checkpoint-conflict' });
    const twoForTen = [...makeCheckpoints(pristine, [10], examiner), forked];
    expect(firstBad(verify(pristine.slice(0, 10), twoForTen))).toEqual({ kind: 'checkpoint', index: 1, defect: 'checkpoint-conflict' });
  });

  it('malformed checkpoint → named', () => {
    expect(firstBad(verify(pristine, [...sparse, { treeSize: 'twelve' }]))).toEqual({ kind: 'checkpoint', index: 3, defect: 'malformed' });
  });

  it('no checkpoints at all → every entry is unsigned', () => {
    expect(firstBad(verify(pristine, []))).toEqual({ kind: 'entry', seq: 0, defect: 'unsigned' });
  });
});

describe('verifyCustody at scale', () => {
  const big = makeEntries(100_000, examiner, 'CASE-2024-017', nodeHash);
  const cps = makeCheckpoints(big, Array.from({ length: 100 }, (_, i) => (i + 1) * 1000), examiner, nodeHash);

  it('verifies 100,000 entries with the pure-JS default (standalone verifier) in reasonable time', () => {
    const t0 = Date.now();
    expect(verify(big, cps)).toMatchObject({ ok: true, treeSize: 100_000 });
    // About 7 s on an idle 2-core build machine; the bound leaves room for a loaded CI box.
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 180_000);

  it('names a changed entry deep in a 100,000-entry log, with node:crypto injected as the app does', () => {
    const log = [...big];
    log[54_321] = { ...log[54_321]!, details: { reason: 'changed' } };
    const crypto: CustodyCrypto = { ...nobleCustodyCrypto, sha256: nodeHash.sha256 };
    const result = verifyCustody({ entries: log, checkpoints: cps, publicKey: examiner.publicKey, crypto });
    expect(firstBad(result)).toEqual({ kind: 'entry', seq: 54_321, defect: 'altered' });
  }, 180_000);
});
