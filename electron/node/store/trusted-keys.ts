// Examiner keys this vault trusts, in two lists kept in the meta table:
// - 'trusted_examiners': keys the investigator pinned on purpose (`sakshya examiner trust KEYFILE`, or the
//   app's equivalent) after checking the fingerprint with their owner. Only these, or a key given with
//   `case receive --from`, may hand a case over to this vault. Nothing else ever adds to this list: a key
//   that arrives inside a package proves nothing about who sent it.
// - 'trusted_keys': { [caseId]: ["<base64 raw key>", ...] }, the other custodians whose signed checkpoints a
//   received case carries (so `verify --case` can check them). Written only after a hand-over from a pinned key.
import type { Database } from 'sql.js';
import { getMeta, setMeta } from './examiner';
import { keyFingerprint, isValidEd25519PublicKey, parsePublicKey, PublicKeyFormatError, type ParsedPublicKey } from '../../../shared/custody';
import { SakshyaError } from '../../../shared/api/errors';
import { nodeCustodyCrypto } from '../vault/node-crypto';

export function trustedKeys(db: Database, caseId: string): Uint8Array[] {
  const all = JSON.parse(getMeta(db, 'trusted_keys') ?? '{}') as Record<string, string[]>;
  return (all[caseId] ?? []).map((k) => new Uint8Array(Buffer.from(k, 'base64')));
}

export function addTrustedKey(db: Database, caseId: string, key: Uint8Array): void {
  const all = JSON.parse(getMeta(db, 'trusted_keys') ?? '{}') as Record<string, string[]>;
  const b64 = Buffer.from(key).toString('base64');
  all[caseId] = [...new Set([...(all[caseId] ?? []), b64])];
  setMeta(db, 'trusted_keys', JSON.stringify(all));
}

export interface TrustedExaminer {
  /** The label the investigator gave (or the key file's comment); not proof of anything. */
  name: string;
  keyFingerprint: string;
  /** UTC ISO-8601. */
  addedAt: string;
}

interface StoredExaminer extends TrustedExaminer {
  publicKey: string;
}

function stored(db: Database): StoredExaminer[] {
  return JSON.parse(getMeta(db, 'trusted_examiners') ?? '[]') as StoredExaminer[];
}

export function trustedExaminers(db: Database): TrustedExaminer[] {
  return stored(db).map(({ name, keyFingerprint: fp, addedAt }) => ({ name, keyFingerprint: fp, addedAt }));
}

/** The pinned key with this fingerprint, if the investigator trusted one. */
export function trustedExaminerKey(db: Database, fingerprint: string): Uint8Array | null {
  const s = stored(db).find((x) => x.keyFingerprint === fingerprint);
  return s ? new Uint8Array(Buffer.from(s.publicKey, 'base64')) : null;
}

/** Pins another examiner's key. Trusting a key twice keeps the first entry; this vault's own key is refused. */
export function trustExaminer(db: Database, key: Uint8Array, name: string, ownKey: Uint8Array, at: Date): { examiner: TrustedExaminer; added: boolean } {
  if (!isValidEd25519PublicKey(key)) throw new SakshyaError('INVALID_INPUT', 'Not a valid Ed25519 examiner public key.');
  const fp = keyFingerprint(key, nodeCustodyCrypto);
  if (fp === keyFingerprint(ownKey, nodeCustodyCrypto)) throw new SakshyaError('INVALID_INPUT', "That is this vault's own examiner key; it needs no trust entry.");
  const list = stored(db);
  const have = list.find((x) => x.keyFingerprint === fp);
  if (have) return { examiner: { name: have.name, keyFingerprint: have.keyFingerprint, addedAt: have.addedAt }, added: false };
  const entry: StoredExaminer = { name: name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim().slice(0, 200), keyFingerprint: fp, addedAt: at.toISOString(), publicKey: Buffer.from(key).toString('base64') };
  setMeta(db, 'trusted_examiners', JSON.stringify([...list, entry]));
  return { examiner: { name: entry.name, keyFingerprint: fp, addedAt: entry.addedAt }, added: true };
}

/** The text of a `sakshya examiner key` file, or a clear INVALID_INPUT error saying what is wrong with it. */
export function parsePublicKeyText(text: string): ParsedPublicKey {
  try {
    return parsePublicKey(text);
  } catch (e) {
    if (e instanceof PublicKeyFormatError) throw new SakshyaError('INVALID_INPUT', `Not a Sakshya examiner public key: ${e.message}.`);
    throw e;
  }
}
