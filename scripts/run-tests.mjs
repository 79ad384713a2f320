// `npm test`: type-check every layer, lint (layering rules included), then run every vitest suite
// (unit, CLI, browser end-to-end, hardening) and print one summary line: "N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
/** Runs a command with its output held back, so two can run side by side and print one after the other. */
const runQuiet = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (e) => resolve({ code: 1, output: `${e.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(out).toString('utf8') }));
  });

let failed = 0;
let passed = 0;
let skipped = 0;

// The type-check and lint are single-threaded: on two cores they run side by side.
const checks = [
  ['typecheck', bin('tsc'), ['-b']],
  ['lint', bin('eslint'), ['.']],
];
const results = await Promise.all(checks.map(([, cmd, args]) => runQuiet(cmd, args)));
checks.forEach(([label], i) => {
  const { code, output } = results[i];
  process.stdout.write(`\n== ${label}\n${output}`);
  if (code === 0) passed++;
  else {
    failed++;
    process.stdout.write(`${label} FAILED\n`);
  }
});

const report = path.join(root, 'test-output', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
process.stdout.write('\n== vitest\n');
const extra = process.argv.slice(2);
const code = run(bin('vitest'), ['run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // Suites that failed to load have no tests counted; count each as a failure so they cannot hide.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed += brokenFiles;
  if (code !== 0 && r.numFailedTests === 0 && brokenFiles === 0) failed++;
} else {
  failed++;
}
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 ? 1 : 0);
