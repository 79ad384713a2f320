import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../../shared/custody/bytes';
import { appendEntry, chainHeadAfter, emptyChainHead } from '../../../shared/custody/chain';
import { canonicalize } from '../../../shared/custody/canonical-json';
import {
  GENESIS_PREV_HASH,
  entryBytes,
  entryHash,
  entryLeafHash,
  entryShapeProblem,
  isCustodyTime,
  type CustodyEntry,
} from '../../../shared/custody/entry';
import { leafHash } from '../../../shared/custody/merkle';
import { makeEntries, makeExaminer } from './fixtures';

const examiner = makeExaminer();
const who = { name: examiner.name, keyFingerprint: examiner.fingerprint };

describe('custody entries', () => {
  it('are numbered from 0 and each links to the SHA-256 of the previous entry’s canonical bytes', () => {
    const entries = makeEntries(3, examiner);
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(entries[0]!.prevHash).toBe(GENESIS_PREV_HASH);
    expect(entries[1]!.prevHash).toBe(toHex(sha256(entryBytes(entries[0]!))));
    expect(entries[2]!.prevHash).toBe(entryHash(entries[1]!));
  });

  it('hash as UTF-8 of their RFC 8785 form, and their Merkle leaf is SHA-256(0x00 || bytes)', () => {
    const [entry] = makeEntries(1, examiner);
    expect(new TextDecoder().decode(entryBytes(entry!))).toBe(canonicalize(entry));
    expect(toHex(entryLeafHash(entry!))).toBe(toHex(leafHash(entryBytes(entry!))));
  });

  it('carry the UTC time with milliseconds and the local-unverified clock label', () => {
    const { entry } = appendEntry(emptyChainHead('CASE-1'), {
      action: 'case.created',
      examiner: who,
      at: new Date(Date.UTC(2024, 4, 1, 9, 30)),
    });
    expect(entry).toEqual({
      seq: 0,
      caseId: 'CASE-1',
      at: '2024-05-01T09:30:00.000Z',
      clock: 'local-unverified',
      examiner: who,
      action: 'case.created',
      details: {},
      prevHash: GENESIS_PREV_HASH,
    });
  });

  it('continue a stored log from chainHeadAfter()', () => {
    const entries = makeEntries(4, examiner);
    const head = chainHeadAfter('CASE-2024-017', entries);
    expect(head).toEqual({ caseId: 'CASE-2024-017', nextSeq: 4, prevHash: entryHash(entries[3]!) });
    expect(appendEntry(head, { action: 'verify.run', examiner: who }).entry.seq).toBe(4);
  });

  it('refuse to be created with data that is not JSON (so a bad entry is never written)', () => {
    expect(() => appendEntry(emptyChainHead('CASE-1'), { action: 'note.added', examiner: who, details: { n: NaN } })).toThrow(/not canonical JSON/);
    expect(() => appendEntry(emptyChainHead('CASE 1'), { action: 'note.added', examiner: who })).toThrow(/caseId/);
  });

  it.each<[string, (e: Record<string, unknown>) => void, RegExp]>([
    ['an unknown field', (e) => (e.extra = 1), /unknown field 'extra'/],
    ['a negative seq', (e) => (e.seq = -1), /seq/],
    ['a local time without Z', (e) => (e.at = '2024-05-01T09:30:00.000'), /time/],
    ['an impossible date', (e) => (e.at = '2024-02-30T09:30:00.000Z'), /time/],
    ['another clock label', (e) => (e.clock = 'ntp'), /clock/],
    ['a bad fingerprint', (e) => (e.examiner = { name: 'x', keyFingerprint: 'abc' }), /examiner/],
    ['an action that is not a dotted name', (e) => (e.action = 'Deleted Everything'), /action/],
    ['upper-case prevHash', (e) => (e.prevHash = 'A'.repeat(64)), /prevHash/],
    ['details that are an array', (e) => (e.details = []), /details/],
  ])('are refused by the shape check when they have %s', (_label, mutate, message) => {
    const entry = structuredClone(makeEntries(1, examiner)[0]!) as unknown as Record<string, unknown>;
    mutate(entry);
    expect(entryShapeProblem(entry)).toMatch(message);
  });

  it('accept action names from a newer version, since the signature covers them anyway', () => {
    const entry: CustodyEntry = { ...makeEntries(1, examiner)[0]!, action: 'evidence.redacted' as CustodyEntry['action'] };
    expect(entryShapeProblem(entry)).toBeNull();
  });

  it('validate times strictly', () => {
    expect(isCustodyTime('2024-05-01T09:30:00.123Z')).toBe(true);
    expect(isCustodyTime('2024-05-01T09:30:00Z')).toBe(false);
    expect(isCustodyTime('2024-05-01T15:00:00.000+05:30')).toBe(false);
  });
});
