// Signed checkpoints: the examiner's Ed25519 signature over (case, tree size, Merkle root).
//
// Signed bytes (UTF-8), every line ending in '\n', nothing else:
//   sakshya-checkpoint/v1
//   <caseId>
//   <treeSize in decimal>
//   <rootHash, 64 lower-case hex>
//   <at, UTC ISO-8601 with ms and Z>
//   <keyFingerprint, SHA256:…>
// A fixed first line separates these signatures from anything else the key may ever sign; the
// fingerprint line binds the claimed signer; caseId and at cannot contain newlines (validated).
import { fromBase64, isHex64, toBase64, utf8 } from './bytes';
import { nobleCustodyCrypto, type CustodyCrypto } from './crypto';
import { isCaseId, isCustodyTime } from './entry';
import { isKeyFingerprint, keyFingerprint } from './keys';

export const CHECKPOINT_HEADER = 'sakshya-checkpoint/v1';

export interface Checkpoint {
  caseId: string;
  treeSize: number;
  rootHash: string;
  at: string;
  keyFingerprint: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Standard base64 of the 64-byte Ed25519 signature over checkpointSignedBytes(). */
  signature: string;
}

export function checkpointSignedBytes(cp: Checkpoint): Uint8Array {
  const problem = checkpointShapeProblem({ ...cp, signature: '' }, false);
  if (problem) throw new TypeError(`checkpoint ${problem}`);
  return utf8(`${CHECKPOINT_HEADER}\n${cp.caseId}\n${cp.treeSize}\n${cp.rootHash}\n${cp.at}\n${cp.keyFingerprint}\n`);
}

/** Signs with whatever the host has (node:crypto in the app, noble in tests): `sign` returns 64 bytes. */
export function signCheckpoint(cp: Checkpoint, sign: (message: Uint8Array) => Uint8Array): SignedCheckpoint {
  const signature = sign(checkpointSignedBytes(cp));
  if (signature.length !== 64) throw new TypeError('an Ed25519 signature is 64 bytes');
  return {
    caseId: cp.caseId,
    treeSize: cp.treeSize,
    rootHash: cp.rootHash,
    at: cp.at,
    keyFingerprint: cp.keyFingerprint,
    signature: toBase64(signature),
  };
}

const CHECKPOINT_KEYS = new Set(['caseId', 'treeSize', 'rootHash', 'at', 'keyFingerprint', 'signature']);

/** Why `value` is not a well-formed signed checkpoint, or null. Never throws. */
export function checkpointShapeProblem(value: unknown, checkSignature = true): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!CHECKPOINT_KEYS.has(key)) return `has an unknown field '${key.slice(0, 40)}'`;
  if (!isCaseId(v.caseId)) return 'has no valid caseId';
  if (!Number.isSafeInteger(v.treeSize) || (v.treeSize as number) < 0) return 'has no valid treeSize';
  if (!isHex64(v.rootHash)) return 'has no valid rootHash (64 lower-case hex digits)';
  if (!isCustodyTime(v.at)) return "has no valid time 'at'";
  if (!isKeyFingerprint(v.keyFingerprint)) return 'has no valid keyFingerprint';
  if (checkSignature && (typeof v.signature !== 'string' || !/^[A-Za-z0-9+/]{86}==$/.test(v.signature))) {
    return 'has no valid signature (base64 of 64 bytes)';
  }
  return null;
}

export type CheckpointSignatureResult = { ok: true } | { ok: false; problem: string };

/**
 * Checks the signature with the first of `publicKeys` whose fingerprint the checkpoint names. Several keys
 * are allowed because a case can pass between examiners (case.sent / case.received).
 */
export function verifyCheckpointSignature(
  cp: SignedCheckpoint,
  publicKeys: Uint8Array | readonly Uint8Array[],
  crypto: CustodyCrypto = nobleCustodyCrypto,
): CheckpointSignatureResult {
  const problem = checkpointShapeProblem(cp);
  if (problem) return { ok: false, problem };
  const keys = publicKeys instanceof Uint8Array ? [publicKeys] : publicKeys;
  const key = keys.find((k) => keyFingerprint(k, crypto) === cp.keyFingerprint);
  if (!key) return { ok: false, problem: `is signed by key ${cp.keyFingerprint}, which is not the examiner key given for verification` };
  if (!crypto.verifyEd25519(fromBase64(cp.signature), checkpointSignedBytes(cp), key)) {
    return { ok: false, problem: 'has a signature that does not verify (the checkpoint or its signature was altered)' };
  }
  return { ok: true };
}
