// What the Reports tab works with between calls: the folder the examiner chose for reports (this session
// only; the default is beside the vault) and the last report written per case, so the tab can verify it,
// open its folder and preview its PDF without the renderer ever naming a path the core would act on.
import fs from 'node:fs';
import path from 'node:path';
import type { Workbench } from '../core/workbench';
import { SakshyaError } from '../../../shared/api/errors';

interface State {
  folder: string | null;
  last: Map<string, string>;
}

const states = new WeakMap<Workbench, State>();

function stateOf(wb: Workbench): State {
  let s = states.get(wb);
  if (!s) states.set(wb, (s = { folder: null, last: new Map() }));
  return s;
}

/** The folder the examiner chose for this session's reports, if any. */
export function chosenReportsFolder(wb: Workbench): string | null {
  return stateOf(wb).folder;
}

export function chooseReportsFolder(wb: Workbench, dir: string): string {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new SakshyaError('INVALID_INPUT', `The chosen reports folder ${abs} is not a folder; reports are still written to the previous one.`);
  stateOf(wb).folder = abs;
  return abs;
}

export function rememberReport(wb: Workbench, caseId: string, dir: string): void {
  stateOf(wb).last.set(caseId, dir);
}

/** The folder of the last report written for a case in this session. */
export function lastReportDir(wb: Workbench, caseId: string): string {
  const dir = stateOf(wb).last.get(caseId);
  if (!dir) throw new SakshyaError('NOT_FOUND', 'No report of this case was written in this session; generate one first.');
  return dir;
}
