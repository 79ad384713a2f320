// Attack 4: a vault with two JSON samples, each with its own encrypted row store, and one CSV sample; the
// attacker (no passphrase needed) swaps blob files on disk.
import fs from 'node:fs';
import path from 'node:path';
import { blobFile, csv, importOne, ndjson, newVault } from './vault-common';

export interface SwapVault {
  dir: string;
  caseId: string;
  a: { evidenceId: string; originalBlob: string; rowsBlob: string };
  b: { evidenceId: string; originalBlob: string; rowsBlob: string };
}

export async function buildSwapVault(root: string): Promise<SwapVault> {
  const dir = path.join(root, 'vault');
  const { wb, caseId } = await newVault(dir);
  const rowsOf = (evidenceId: string): string =>
    String(wb.vault.db.exec('SELECT rows_blob FROM evidence_tables WHERE evidence_id = ?', [evidenceId])[0]!.values[0]![0]);
  const a = await importOne(wb, caseId, ndjson(root, 'alpha.ndjson', ['Alpha Synthetic', 'Alpha Madeup']));
  const b = await importOne(wb, caseId, ndjson(root, 'beta.ndjson', ['Beta Invented', 'Beta Fictional', 'Beta Notreal']));
  await importOne(wb, caseId, csv(root, 'gamma.csv', ['Gamma Person']));
  const out = { dir, caseId, a: { ...a, rowsBlob: rowsOf(a.evidenceId) }, b: { ...b, rowsBlob: rowsOf(b.evidenceId) } };
  wb.lock();
  return out;
}

/** Swaps the contents of two blob files, as someone with file access would. */
export function swapFiles(dir: string, x: string, y: string): void {
  const fx = blobFile(dir, x);
  const fy = blobFile(dir, y);
  const bx = fs.readFileSync(fx);
  fs.writeFileSync(fx, fs.readFileSync(fy));
  fs.writeFileSync(fy, bx);
}
