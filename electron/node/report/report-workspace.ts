// What the Reports tab works with between calls: the folder the examiner chose for reports (this session
// only; the default is beside the vault) and the last report written per case, so the tab can verify it,
// open its folder and preview its PDF without the renderer ever naming a path the core would act on.
import fs from 'node:fs';
import path from 'node:path';
import { SakshyaError } from '../../../shared/api/errors';

interface State {
  folder: string | null;
  last: Map<string, string>;
}

const states = new WeakMap<object, State>();

function stateOf(owner: object): State {
  let s = states.get(owner);
  if (!s) states.set(owner, (s = { folder: null, last: new Map() }));
  return s;
}

/** The folder the examiner chose for this session's reports, if any. */
export function chosenReportsFolder(owner: object): string | null {
  return stateOf(owner).folder;
}

export function chooseReportsFolder(owner: object, dir: string): string {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new SakshyaError('INVALID_INPUT', `The chosen reports folder ${abs} is not a folder; reports are still written to the previous one.`);
  stateOf(owner).folder = abs;
  return abs;
}

export function rememberReport(owner: object, caseId: string, dir: string): void {
  stateOf(owner).last.set(caseId, dir);
}

/** The folder of the last report written for a case in this session. */
export function lastReportDir(owner: object, caseId: string): string {
  const dir = stateOf(owner).last.get(caseId);
  if (!dir) throw new SakshyaError('NOT_FOUND', 'No report of this case was written in this session; generate one first.');
  return dir;
}
