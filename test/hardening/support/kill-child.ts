// Child process for the kill test. It unlocks the vault, prints "ready", then does one kind of write over and
// over, printing "committed <what> <id>" only after the await that commits it has returned. The parent
// SIGKILLs it at a random moment and checks that everything printed is still in the vault.
//   argv: <vaultDir> <passphrase> <mode: import|save|notes|report> <caseId> <scratchDir>
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Workbench } from '../../../electron/node/core/workbench';

const [vaultDir, pass, mode, caseId, scratch] = process.argv.slice(2) as [string, string, string, string, string];

/** A few MB of synthetic CSV, unique per call (so it is never a duplicate of an earlier import). */
function writeCsv(file: string, rows: number): void {
  const tag = randomBytes(6).toString('hex');
  const lines = [`id,name,city,tag`];
  for (let i = 0; i < rows; i++) lines.push(`${i},Synthetic Person ${i},City ${i % 97},${tag}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

// Load everything first, then wait for the parent's "go": the parent starts the next child while it checks
// the vault after the previous kill, and only one process may hold the vault open.
process.stdout.write('loaded\n');
await new Promise<void>((resolve) => {
  let got = '';
  process.stdin.on('data', (d: Buffer) => {
    got += d.toString();
    if (got.includes('go\n')) resolve();
  });
});
const wb = new Workbench({ vaultDir, kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
await wb.unlock(pass);
const h = wb.handlers();
const out = (line: string) => process.stdout.write(`${line}\n`);
out('ready');

for (let i = 0; ; i++) {
  switch (mode) {
    case 'import': {
      const file = path.join(scratch, `people-${process.pid}-${i}.csv`);
      writeCsv(file, 50_000); // about 2 MB
      const [r] = await wb.importFiles(caseId, [file], { reason: 'kill test' });
      if (r?.status !== 'parsed') throw new Error(`import ended ${r?.status}: ${r?.reason}`);
      out(`committed evidence ${r.evidenceId}`);
      break;
    }
    case 'save': {
      const c = await h['case.create']({ title: `Kill test case ${process.pid}-${i}` });
      out(`committed case ${c.id}`);
      break;
    }
    case 'notes': {
      const text = `kill-test note ${process.pid}-${i}`;
      await h['notes.add']({ caseId, text });
      out(`committed note ${text}`);
      break;
    }
    case 'report': {
      const dir = path.join(scratch, `report-${process.pid}-${i}`);
      const g = await wb.generateReport(caseId, 'regulator', 'en', dir);
      out(`committed report ${g.pdfSha256}`);
      break;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}
