// The examiner profile and signing key, created with the vault and stored inside the encrypted database.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Database } from 'sql.js';
import type { Examiner } from '../../../shared/api/contract';
import { displayFingerprint, keyFingerprint } from '../../../shared/custody';
import { nodeCustodyCrypto } from '../vault/node-crypto';

export interface ExaminerProfile {
  name: string;
  designation: string;
  organisation: string;
}

function getMeta(db: Database, key: string): string | undefined {
  const v = db.exec('SELECT value FROM meta WHERE key = ?', [key])[0]?.values[0]?.[0];
  return typeof v === 'string' ? v : undefined;
}

function setMeta(db: Database, key: string, value: string): void {
  db.run('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)', [key, value]);
}

export function rawPublicKey(pub: KeyObject): Buffer {
  // The last 32 bytes of the SPKI DER encoding of an Ed25519 key are the raw key.
  const der = pub.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function createExaminer(db: Database, profile: ExaminerProfile): void {
  const { privateKey } = generateKeyPairSync('ed25519');
  setMeta(db, 'examiner', JSON.stringify(profile));
  setMeta(db, 'signing_key', privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
}

export function loadExaminer(db: Database): (ExaminerProfile & { publicKey: Buffer }) | null {
  const profile = getMeta(db, 'examiner');
  const key = getMeta(db, 'signing_key');
  if (!profile || !key) return null;
  const priv = createPrivateKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'pkcs8' });
  return { ...(JSON.parse(profile) as ExaminerProfile), publicKey: rawPublicKey(createPublicKey(priv)) };
}

export function examinerView(db: Database): Examiner | null {
  const e = loadExaminer(db);
  if (!e) return null;
  return { name: e.name, designation: e.designation, organisation: e.organisation, keyFingerprint: displayFingerprint(keyFingerprint(e.publicKey, nodeCustodyCrypto)) };
}

export function signWithExaminerKey(db: Database, message: Uint8Array): Buffer {
  const key = getMeta(db, 'signing_key');
  if (!key) throw new Error('no signing key');
  const priv = createPrivateKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, message, priv);
}

export { getMeta, setMeta };

/** The raw 32-byte Ed25519 seed (the last 32 bytes of its PKCS#8 encoding), for X25519 key agreement when a
 * case is sealed for this examiner. Callers wipe it after use. */
export function examinerSecretSeed(db: Database): Buffer {
  const key = getMeta(db, 'signing_key');
  if (!key) throw new Error('no signing key');
  const der = Buffer.from(key, 'base64');
  const seed = Buffer.from(der.subarray(der.length - 32));
  der.fill(0);
  return seed;
}
