// Attack 2: the vault as an attacker who can copy files finds it. Evidence A is imported, the attacker copies
// casedb.enc (and anchor.enc), evidence B is imported, and a report-style root of the log is printed.
import fs from 'node:fs';
import path from 'node:path';
import { readCheckpoints } from '../../../electron/node/store/custody-log';
import { csv, importOne, newVault } from './vault-common';

export interface RollbackVault {
  dir: string;
  caseId: string;
  evidenceA: string;
  evidenceB: string;
  /** The original blob of B, which the old database does not know. */
  blobB: string;
  /** Copies taken after A and before B. */
  oldCasedb: Buffer;
  oldAnchor: Buffer | null;
  /** The newest signed checkpoint of the case after B: what a report printed. */
  printed: { root: string; size: number };
}

export async function buildRollbackVault(root: string): Promise<RollbackVault> {
  const dir = path.join(root, 'vault');
  const { wb, caseId } = await newVault(dir);
  const a = await importOne(wb, caseId, csv(root, 'sample-a.csv', ['Asha Synthetic', 'Bela Madeup']));
  const oldCasedb = fs.readFileSync(path.join(dir, 'casedb.enc'));
  const anchorFile = path.join(dir, 'anchor.enc');
  const oldAnchor = fs.existsSync(anchorFile) ? fs.readFileSync(anchorFile) : null;
  const b = await importOne(wb, caseId, csv(root, 'sample-b.csv', ['Chandra Invented', 'Dev Fictional', 'Esha Notreal']));
  const cp = readCheckpoints(wb.vault.db, caseId).at(-1)!;
  wb.lock();
  return { dir, caseId, evidenceA: a.evidenceId, evidenceB: b.evidenceId, blobB: b.originalBlob, oldCasedb, oldAnchor, printed: { root: cp.rootHash, size: cp.treeSize } };
}
