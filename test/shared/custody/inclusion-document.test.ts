import { describe, expect, it } from 'vitest';
import { buildInclusionDocument, verifyInclusionDocument } from '../../../shared/custody/inclusion-document';
import { clone, makeCheckpoints, makeEntries, makeExaminer } from './fixtures';

const examiner = makeExaminer();
const entries = makeEntries(11, examiner);
const [checkpoint] = makeCheckpoints(entries, [11], examiner);
const doc = buildInclusionDocument(entries, 6, checkpoint!);

describe('inclusion-proof documents', () => {
  it('hold the full entry, its index, the audit path and the signed checkpoint', () => {
    expect(doc).toMatchObject({ version: 'sakshya-inclusion/v1', caseId: 'CASE-2024-017', index: 6, treeSize: 11, entry: entries[6] });
    expect(doc.proof.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(doc.checkpoint).toEqual(checkpoint);
  });

  it('verify with only the examiner public key, for every entry', () => {
    for (let i = 0; i < entries.length; i++) {
      const d = JSON.parse(JSON.stringify(buildInclusionDocument(entries, i, checkpoint!))) as unknown;
      expect(verifyInclusionDocument(d, examiner.publicKey)).toMatchObject({ ok: true, seq: i, treeSize: 11 });
    }
  });

  it.each<[string, (d: ReturnType<typeof clone<typeof doc>>) => void, RegExp]>([
    ['the entry is edited', (d) => (d.entry.details = { reason: 'edited' }), /not in the signed log/],
    ['a proof hash is flipped', (d) => (d.proof[1] = d.proof[1]!.replace(/^./, (c) => (c === '0' ? '1' : '0'))), /not in the signed log/],
    ['a proof hash is dropped', (d) => d.proof.pop(), /not in the signed log/],
    ['a proof hash is added', (d) => d.proof.push(d.checkpoint.rootHash), /not in the signed log/],
    ['the index is changed', (d) => (d.index = 5), /index/],
    ['the entry seq and index are both changed', (d) => ((d.index = 5), (d.entry.seq = 5)), /not in the signed log/],
    ['the tree size is changed', (d) => (d.treeSize = 12), /tree size/],
    ['the checkpoint root is changed', (d) => (d.checkpoint.rootHash = '0'.repeat(64)), /does not verify/],
    ['the document names another case', (d) => (d.caseId = 'CASE-X'), /different cases/],
    ['the version is unknown', (d) => ((d as { version: string }).version = 'v2'), /version/],
  ])('are rejected when %s', (_label, mutate, message) => {
    const d = clone(doc);
    mutate(d);
    expect(verifyInclusionDocument(d, examiner.publicKey)).toEqual({ ok: false, problem: expect.stringMatching(message) });
  });

  it('are rejected under another examiner key', () => {
    expect(verifyInclusionDocument(doc, makeExaminer(9).publicKey)).toMatchObject({ ok: false, problem: expect.stringMatching(/not the examiner key/) });
  });

  it('cannot be built for an entry beyond the checkpoint', () => {
    const [small] = makeCheckpoints(entries, [5], examiner);
    expect(() => buildInclusionDocument(entries, 6, small!)).toThrow(RangeError);
  });
});
