// Redacted exports started from the app: the examiner picks the folder with the host's dialog (the renderer
// never names a path), the file gets a name of its own there, and the export runs as a job the screen follows.
// What each export wrote is kept for this session so the screen can show it and open its folder by job id.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY, redactText } from '../../../shared/pii';

export interface AppExport {
  caseId: string;
  dir: string;
  file: string;
  format: 'csv' | 'json';
  rows: number;
  total: number;
  bytes: number | null;
  sha256: string | null;
}

const KEEP = 20;
const exportsByOwner = new WeakMap<object, Map<string, AppExport>>();

export function appExports(owner: object): Map<string, AppExport> {
  let m = exportsByOwner.get(owner);
  if (!m) exportsByOwner.set(owner, (m = new Map()));
  return m;
}

export function keepAppExport(owner: object, jobId: string, e: AppExport): void {
  const m = appExports(owner);
  m.set(jobId, e);
  for (const old of [...m.keys()].slice(0, Math.max(0, m.size - KEEP))) m.delete(old);
}

const MAX_STEM = 80;

/** A file name for the export of `evidenceName` (and `table`, when it is not the item's only one): masked as
 * the app shows names (a file may be named after a person or an identifier), reduced to characters every file
 * system accepts, and numbered when `dir` already holds one of that name. */
export function exportFileName(dir: string, evidenceName: string, format: 'csv' | 'json', table: string | null): string {
  const clean = (s: string) =>
    redactText(s, DEFAULT_POLICY)
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N} ._-]+/gu, '_')
      .replace(/^[ .]+|[ .]+$/g, '')
      .slice(0, MAX_STEM);
  const base = clean(evidenceName.replace(/\.[A-Za-z0-9]{1,8}$/, '')) || 'evidence';
  const stem = `${base}${table ? `-${clean(table) || 'table'}` : ''}-redacted`;
  for (let n = 1; ; n++) {
    const name = `${stem}${n > 1 ? ` (${n})` : ''}.${format}`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}
