// Child process for the plain-text sweep: the whole workflow through the core, with TMPDIR and HOME pointed at
// folders the test owns. Prints one JSON line of facts (never a raw value) at the end.
//   argv: <vaultDir> <csvPath> <reportDir|-> <exportPath>
import { Workbench } from '../../../electron/node/core/workbench';
import { exportEvidence } from '../../../electron/node/report/export-evidence';

const [vaultDir, csv, reportDir, exportPath] = process.argv.slice(2) as [string, string, string, string];
const wb = new Workbench({ vaultDir, kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
await wb.create('plain text sweep passphrase', { name: 'Examiner Synthetic', designation: 'Analyst', organisation: 'Test Lab' });
const h = wb.handlers();
const c = await h['case.create']({ title: 'Sweep', ref: 'SWEEP-1' });
const [r] = await wb.importFiles(c.id, [csv], { reason: 'plain-text sweep' });
if (!r || r.status !== 'parsed') throw new Error(`import ${r?.status}`);
const page = await h['evidence.rows']({ caseId: c.id, evidenceId: r.evidenceId!, offset: 0, limit: 100 });
const revealed = await h['evidence.reveal']({ caseId: c.id, evidenceId: r.evidenceId!, row: 0, column: 'aadhaar', reason: 'compare with complaint' });
await h['analysis.run']({ caseId: c.id });
let report: string[] = [];
if (reportDir !== '-') report = (await wb.generateReport(c.id, 'regulator', 'en', reportDir)).files;
const ex = exportEvidence(wb, c.id, r.evidenceId!, { format: 'csv', out: exportPath });
const verified = wb.verifyCase(c.id).ok;
wb.lock();
process.stdout.write(
  JSON.stringify({ records: r.records, shownRows: page.rows.length, columns: page.columns.map((x) => x.piiType), revealedLength: revealed.value?.length ?? 0, report, exported: ex.rows, verified, state: wb.status().state }) + '\n',
);
