import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64 } from '../../../shared/custody/bytes';
import {
  checkpointSignedBytes,
  signCheckpoint,
  verifyCheckpointSignature,
  type Checkpoint,
} from '../../../shared/custody/checkpoint';
import { makeExaminer } from './fixtures';

const examiner = makeExaminer();
const cp: Checkpoint = {
  caseId: 'CASE-2024-017',
  treeSize: 42,
  rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  at: '2024-05-01T09:30:00.000Z',
  keyFingerprint: examiner.fingerprint,
};

describe('signed checkpoints', () => {
  it('sign a fixed, domain-separated text of case, size, root, time and key', () => {
    expect(new TextDecoder().decode(checkpointSignedBytes(cp))).toBe(
      'sakshya-checkpoint/v1\nCASE-2024-017\n42\n5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n' +
        `2024-05-01T09:30:00.000Z\n${examiner.fingerprint}\n`,
    );
  });

  it('carry a base64 Ed25519 signature that any RFC 8032 verifier accepts over those bytes', () => {
    const signed = signCheckpoint(cp, examiner.sign);
    expect(signed.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(ed25519.verify(fromBase64(signed.signature), checkpointSignedBytes(cp), examiner.publicKey)).toBe(true);
    expect(verifyCheckpointSignature(signed, examiner.publicKey)).toEqual({ ok: true });
  });

  it.each<[string, Partial<Checkpoint>]>([
    ['case', { caseId: 'CASE-2024-018' }],
    ['size', { treeSize: 41 }],
    ['root', { rootHash: '0'.repeat(64) }],
    ['time', { at: '2024-05-01T09:30:00.001Z' }],
  ])('fail verification when the %s is changed', (_label, change) => {
    const signed = { ...signCheckpoint(cp, examiner.sign), ...change };
    expect(verifyCheckpointSignature(signed, examiner.publicKey)).toMatchObject({ ok: false, problem: expect.stringMatching(/does not verify/) });
  });

  it('fail verification under a key other than the one they name', () => {
    const other = makeExaminer(3);
    const signed = signCheckpoint({ ...cp, keyFingerprint: other.fingerprint }, examiner.sign);
    expect(verifyCheckpointSignature(signed, other.publicKey)).toMatchObject({ ok: false });
    expect(verifyCheckpointSignature(signCheckpoint(cp, examiner.sign), other.publicKey)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not the examiner key/),
    });
  });

  it('refuse a case id that could smuggle a line into the signed text', () => {
    expect(() => checkpointSignedBytes({ ...cp, caseId: 'A\n99' })).toThrow(/caseId/);
  });
});
