// Attack 5: a vault whose header the attacker copied while the old passphrase was in use.
import fs from 'node:fs';
import path from 'node:path';
import { csv, importOne, ndjson, newVault } from './vault-common';
import { referencedBlobs } from '../../../electron/node/services/vault-check';

export interface PasswdVault {
  dir: string;
  caseId: string;
  evidence: string[];
  /** The header file as it was before any passphrase change. */
  oldHeader: Buffer;
}

export async function buildPasswdVault(root: string, name = 'vault'): Promise<PasswdVault> {
  const dir = path.join(root, name);
  const { wb, caseId } = await newVault(dir);
  const a = await importOne(wb, caseId, csv(root, 'passwd-a.csv', ['Farah Synthetic', 'Gopal Madeup']));
  const b = await importOne(wb, caseId, ndjson(root, 'passwd-b.ndjson', ['Hema Invented', 'Ishan Fictional']));
  if (referencedBlobs(wb.vault).length < 3) throw new Error('expected an original and a row store');
  wb.lock();
  return { dir, caseId, evidence: [a.evidenceId, b.evidenceId], oldHeader: fs.readFileSync(path.join(dir, 'sakshya-vault.hdr')) };
}
