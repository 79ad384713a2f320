// Builds small synthetic vaults for the attack tests, in-process and with a cheap KDF (the KDF parameters are
// in the header, so the real `sakshya` binary opens them the same way).
import fs from 'node:fs';
import path from 'node:path';
import { Workbench } from '../../../electron/node/core/workbench';
import { getEvidence } from '../../../electron/node/store/evidence';

export const PASS = 'attack test passphrase';
export const KDF = { memoryKiB: 8192, iterations: 1 };
export const env = { SAKSHYA_PASSPHRASE: PASS };

/** Synthetic records only (made-up names; identifiers are not real people's). */
export function ndjson(dir: string, name: string, names: string[]): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, names.map((n, i) => JSON.stringify({ id: i + 1, name: n, city: i % 2 ? 'Pune' : 'Agra', batch: path.basename(name, '.ndjson') })).join('\n') + '\n');
  return p;
}

export function csv(dir: string, name: string, names: string[]): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, 'id,name,city\n' + names.map((n, i) => `${i + 1},${n},${i % 2 ? 'Pune' : 'Agra'}`).join('\n') + '\n');
  return p;
}

export async function newVault(dir: string): Promise<{ wb: Workbench; caseId: string }> {
  const wb = new Workbench({ vaultDir: dir, kdf: KDF, autoLockMinutes: 0 });
  await wb.create(PASS, { name: 'Examiner Synthetic', designation: 'Analyst', organisation: 'Attack Lab' });
  const caseId = (await wb.handlers()['case.create']({ title: 'Attack case' })).id;
  return { wb, caseId };
}

export async function importOne(wb: Workbench, caseId: string, file: string): Promise<{ evidenceId: string; originalBlob: string }> {
  const [r] = await wb.importFiles(caseId, [file]);
  if (!r?.evidenceId) throw new Error(`import of ${path.basename(file)} failed`);
  return { evidenceId: r.evidenceId, originalBlob: getEvidence(wb.vault.db, caseId, r.evidenceId).originalBlob };
}

export function blobFile(vaultDir: string, blobId: string): string {
  return path.join(vaultDir, 'blobs', blobId.slice(0, 2), `${blobId}.blob`);
}
