// Trust decisions on a received case package: whose key the sender's is (decided by the receiver, never by
// the package), which earlier custodians' checkpoints the log may carry, whether the log verifies under
// those keys, and whether it extends the log of a case this vault already holds.
import {
  canonicalize,
  consistencyProof,
  displayFingerprint,
  entryLeafHash,
  isValidEd25519PublicKey,
  keyFingerprint,
  merkleRoot,
  verifyConsistency,
  verifyCustody,
  type CustodyEntry,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { SakshyaError } from '../../../shared/api/errors';
import type { Vault } from '../vault/vault';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import { trustedExaminerKey } from '../store/trusted-keys';
import { quoted, refuse, type Manifest, type PackageHeader } from './package-format';

export interface ReceiveOptions {
  /** The sender's public key as the receiver got it by their own channel (`--from`). Without it, the
   * package's signing key must already be in this vault's trusted examiners (trusted-keys.ts). */
  senderKey?: Uint8Array;
}

/**
 * The sender key this vault accepts for the package: the one given with --from, or a pinned trusted
 * examiner's. The key inside the package only names which one it claims to be.
 */
export function pinnedSenderKey(vault: Vault, header: PackageHeader, opts: ReceiveOptions): Uint8Array {
  let claimed: string;
  try {
    const k = new Uint8Array(Buffer.from(String(header.sender?.publicKey ?? ''), 'base64'));
    if (k.length !== 32) throw new Error('bad key');
    claimed = keyFingerprint(k, nodeCustodyCrypto);
  } catch {
    throw refuse('its header names no valid sender key');
  }
  const who = `${displayFingerprint(claimed)} (claims to be ${quoted(header.sender?.name)})`;
  if (opts.senderKey) {
    const pinned = keyFingerprint(opts.senderKey, nodeCustodyCrypto);
    if (pinned !== claimed) throw refuse(`sender key not trusted: it is signed by ${who}, not by the key given with --from (${displayFingerprint(pinned)})`);
    return opts.senderKey;
  }
  const key = trustedExaminerKey(vault.db, claimed);
  if (!key) {
    throw refuse(
      `sender key not trusted: it is signed by ${who}, which is not among this vault's trusted examiners. ` +
        'Check that fingerprint with the sender by a separate channel (telephone, letter), then receive with --from KEYFILE or run `sakshya examiner trust KEYFILE` first',
    );
  }
  return key;
}

/** An earlier custodian's key and the part of the log it may sign: checkpoints of at most `upTo` entries. */
export interface CustodianKey {
  key: Uint8Array;
  fingerprint: string;
  upTo: number;
}

/**
 * The earlier custodians' keys the package carries (a case handed A → B → C arrives at C with A's key), each
 * accepted only for the part of the log before the last `case.received` entry that names its fingerprint as
 * the sender. That entry is the previous receiver's record of whose key it pinned; the whole log, that entry
 * included, must then be covered by checkpoints of the keys this vault trusts outright (verifyReceivedLog),
 * so a key the package brings cannot vouch for itself. Keys no entry names are ignored.
 */
export function custodianKeys(m: Manifest, entries: CustodyEntry[]): CustodianKey[] {
  if (m.custodians === undefined) return [];
  if (!Array.isArray(m.custodians) || m.custodians.some((k) => typeof k !== 'string')) throw refuse('its list of earlier custodians is malformed');
  const out: CustodianKey[] = [];
  for (const text of m.custodians) {
    const key = new Uint8Array(Buffer.from(text, 'base64'));
    if (key.length !== 32 || !isValidEd25519PublicKey(key)) throw refuse('its list of earlier custodians holds a key that is not an Ed25519 public key');
    const fingerprint = keyFingerprint(key, nodeCustodyCrypto);
    let upTo = -1;
    entries.forEach((e, i) => {
      if (e.action === 'case.received' && e.details?.senderFingerprint === fingerprint) upTo = i;
    });
    if (upTo >= 0 && !out.some((c) => c.fingerprint === fingerprint)) out.push({ key, fingerprint, upTo });
  }
  return out;
}

/**
 * Verifies the package's log: every checkpoint signed by a key this vault trusts for the whole case
 * (`trusted`: the pinned sender, this vault's own key, custodians it received the case from before) or by an
 * earlier custodian within that custodian's part of the log; the chain, the tree and the coverage by
 * verifyCustody.
 */
export function verifyReceivedLog(entries: CustodyEntry[], checkpoints: SignedCheckpoint[], caseId: string, trusted: Uint8Array[], custodians: CustodianKey[]): void {
  const v = verifyCustody({ entries, checkpoints, publicKey: [...trusted, ...custodians.map((c) => c.key)], caseId, crypto: nodeCustodyCrypto });
  if (!v.ok) throw refuse(`its custody log does not verify (entry ${v.firstBad.seq ?? v.firstBad.index}: ${v.firstBad.problem})`);
  const whole = new Set(trusted.map((k) => keyFingerprint(k, nodeCustodyCrypto)));
  checkpoints.forEach((cp, i) => {
    if (whole.has(cp.keyFingerprint)) return;
    const c = custodians.find((x) => x.fingerprint === cp.keyFingerprint);
    if (!c || cp.treeSize > c.upTo) {
      throw refuse(
        `its custody log does not verify (checkpoint #${i}: signed by ${displayFingerprint(cp.keyFingerprint)} over ${cp.treeSize} entries, ` +
          `but that key is not pinned here and no custodian's signed record of receiving the case from it comes at or after that point)`,
      );
    }
  });
}

/**
 * A package for a case this vault already holds is accepted only when its log extends this vault's log of
 * that case: same first entry, and the existing tree of n entries is a prefix of the package's tree
 * (checked with an RFC 6962 §2.1.2 consistency proof between the two roots). Returns n.
 */
export function checkExtends(existingRaw: string[], entries: CustodyEntry[], caseId: string): number {
  const n = existingRaw.length;
  const existing = existingRaw.map((r) => JSON.parse(r) as CustodyEntry);
  const sameAt = (i: number) => canonicalize(existing[i] as unknown as JsonObject) === canonicalize(entries[i] as unknown as JsonObject);
  const isPrefix = entries.length <= n && entries.every((_, i) => sameAt(i));
  if (isPrefix) throw new SakshyaError('CONFLICT', `Case ${caseId} is already in this vault and the package adds nothing to its log. Nothing was imported.`);
  if (n > 0 && !sameAt(0)) throw refuse(`case ${caseId} is already in this vault with a different first custody entry (another case under the same ID)`);
  const oldLeaves = existing.map((e) => entryLeafHash(e, nodeCustodyCrypto));
  const newLeaves = entries.map((e) => entryLeafHash(e, nodeCustodyCrypto));
  const proof = entries.length > n ? consistencyProof(newLeaves, n, entries.length, nodeCustodyCrypto) : [];
  const consistent =
    entries.length > n && verifyConsistency(n, entries.length, proof, merkleRoot(oldLeaves, nodeCustodyCrypto), merkleRoot(newLeaves, nodeCustodyCrypto), nodeCustodyCrypto);
  if (!consistent) throw refuse(`its custody log of case ${caseId} does not extend the log this vault holds (${n} entries): the logs have forked`);
  return n;
}
