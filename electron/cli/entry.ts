// Process entry of the bundled CLI (dist/cli.mjs).
import { runCli } from './main';

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
});
// A finished command ends here even if a library left a worker thread (OCR) or a timer alive; stdout and
// stderr are flushed first.
process.exitCode = code;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
