// Process entry of the bundled CLI (dist/cli.mjs).
import { runCli } from './main';
import { takePassphrasesFromEnvironment } from '../node/child-env';

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  // The passphrases stay in this copy only; children started with the default environment never see them.
  env: takePassphrasesFromEnvironment(),
});
// A finished command ends here even if a library left a worker thread (OCR) or a timer alive; stdout and
// stderr are flushed first.
process.exitCode = code;
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
