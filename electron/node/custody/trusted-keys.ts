// Public keys of other examiners whose entries a case carries (a case received from another custodian).
// Stored in the meta table as JSON: { [caseId]: ["<base64 raw key>", ...] }.
import type { Database } from 'sql.js';
import { getMeta, setMeta } from '../core/examiner';

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
