// Child process of the benchmark: custody log growth (issue #15). Builds one case's log up to each size in
// `sizes` (batches of 1,000 notes through the real append path: vault transaction, custody log, signed
// checkpoint, one journal record), and at each size times one-entry writes (a note through the same handler
// the app calls, median of `samples`). At the largest size it also times lock → unlock + open (Argon2id at the
// production cost included; the unlock writes its 'vault.unlocked' entry) and a full `verify` of the case.
// Prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbench } from '../../electron/node/core/workbench';
import { appendEvent } from '../../electron/node/store/events';
import { Vault } from '../../electron/node/vault/vault';
import { SecretBuffer } from '../../electron/node/vault/secret';

const sizes = (process.argv[2] ?? '1000,100000,1000000').split(',').map(Number);
const samples = Number(process.argv[3] ?? 21);
const PASS = 'bench passphrase for the journal';
const dir = fs.mkdtempSync(path.join(process.env.SAKSHYA_BENCH_DIR ?? os.tmpdir(), 'sakshya-bench-journal-'));
const vaultDir = path.join(dir, 'v');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  let wb = new Workbench({ vaultDir, autoLockMinutes: 0 });
  await wb.create(PASS, { name: 'Bench Examiner', designation: '', organisation: '' });
  const caseId = (await wb.handlers()['case.create']({ title: 'custody log bench' })).id;
  let n = 1; // case.created
  const writes: { entries: number; medianMs: number; maxMs: number; cpuMedianMs: number; journalMB: number; casedbMB: number }[] = [];
  let buildMs = 0;
  for (const size of sizes) {
    const t = performance.now();
    while (n < size) {
      const k = Math.min(1000, size - n);
      wb.vault.transaction((db) => {
        for (let i = 0; i < k; i++) appendEvent(db, { caseId, action: 'note.added', details: { text: `bench note ${n + i}: sample looked at, nothing revealed` } });
      });
      n += k;
    }
    buildMs += performance.now() - t;
    const times: number[] = [];
    // CPU time beside wall time: on a shared machine the wall time of one write is mostly waiting (for the
    // three fsyncs of a commit and for a core), and the CPU time shows what the write itself costs.
    const cpu: number[] = [];
    for (let i = 0; i < samples; i++) {
      const c0 = process.cpuUsage();
      const t1 = performance.now();
      await wb.handlers()['notes.add']({ caseId, text: `timed note ${i} at ${size}` });
      times.push(performance.now() - t1);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
      n++;
    }
    // Progress on stderr: the largest size takes minutes to build on a shared machine.
    console.error(`${size} entries: median one-entry write ${median(times).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms), built in ${(buildMs / 1000).toFixed(0)} s so far`);
    writes.push({
      entries: size,
      medianMs: median(times),
      maxMs: Math.max(...times),
      cpuMedianMs: median(cpu),
      journalMB: fs.statSync(path.join(vaultDir, 'journal.enc')).size / 1e6,
      casedbMB: fs.statSync(path.join(vaultDir, 'casedb.enc')).size / 1e6,
    });
  }
  wb.lock();
  // Argon2id alone (the same derivation unlock does first), so the part that depends on the log is visible.
  const t5 = performance.now();
  (await Vault.unwrapKey(Vault.readHeader(vaultDir), SecretBuffer.fromString(PASS))).wipe();
  const kdfMs = performance.now() - t5;
  const t2 = performance.now();
  wb = new Workbench({ vaultDir, autoLockMinutes: 0 });
  await wb.unlock(PASS, true);
  const unlockMs = performance.now() - t2;
  const t3 = performance.now();
  await wb.handlers()['notes.add']({ caseId, text: 'first note after unlocking' });
  const firstWriteMs = performance.now() - t3;
  const t4 = performance.now();
  const v = wb.verifyCase(caseId);
  const verifyMs = performance.now() - t4;
  wb.lock();
  console.log(
    JSON.stringify({ writes, buildMs, kdfMs, unlockMs, firstWriteMs, verifyMs, verified: v.ok ? v.entries : 0, ok: v.ok, maxRssMB: process.resourceUsage().maxRSS / 1024 }),
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
