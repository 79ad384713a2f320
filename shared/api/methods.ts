// The API's method names without their schemas: all the sandboxed preload needs to build
// `window.workbench`, so it does not bundle zod (773 KB before). contract.ts checks at compile time
// that this list and the contract's keys are the same set, and a test checks the order too.
export const METHOD_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.rekey',
  'vault.setAutoLock',
  'case.list',
  'case.create',
  'case.rename',
  'evidence.list',
  'evidence.pickFiles',
  'evidence.import',
  'evidence.rows',
  'evidence.sortedRows',
  'evidence.messages',
  'evidence.search',
  'search.case',
  'search.result',
  'evidence.reveal',
  'evidence.image',
  'evidence.revealFinding',
  'custody.log',
  'custody.verify',
  'custody.export',
  'notes.add',
  'analysis.run',
  'analysis.latest',
  'analysis.setClaim',
  'report.generate',
  'report.fields',
  'report.setFields',
  'report.items',
  'report.setItems',
  'report.verify',
  'report.pdf',
  'report.openFolder',
  'report.folder',
  'report.chooseFolder',
  'tags.add',
  'bookmarks.add',
  'bookmarks.list',
  'examiner.trust',
  'examiner.trusted',
  'evidence.exportRedacted',
  'evidence.exportStatus',
  'evidence.openExportFolder',
  'jobs.get',
  'jobs.list',
  'jobs.cancel',
  'vault.check',
  'custody.entries',
  'custody.consistency',
  'custody.prove',
  'custody.exportJsonLd',
  'examiner.publicKey',
  'case.export',
  'case.receive',
  'evidence.export',
  'evidence.redactImage',
  'report.write',
  'examiner.inspectKey',
  'handover.send',
  'handover.open',
  'handover.receive',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Splits 'case.list' into ['case', 'list']. */
export function splitMethod(method: MethodName): [string, string] {
  const dot = method.indexOf('.');
  return [method.slice(0, dot), method.slice(dot + 1)];
}

/** Methods that only read what the window shows (the lock state, a job's progress). Hosts do not count
 * them as the examiner's activity: a window re-checking them on focus must not hold the idle lock off. */
export const STATUS_QUERIES: readonly MethodName[] = ['vault.status', 'jobs.get', 'jobs.list'];

/** Whether a call restarts the core's idle auto-lock timer. */
export function countsAsActivity(method: MethodName): boolean {
  return !STATUS_QUERIES.includes(method);
}
