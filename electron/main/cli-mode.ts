// Runs the `sakshya` command-line tool inside Electron's main process, without any window. This is how
// the packaged app offers the CLI: the runAsNode fuse is off, so ELECTRON_RUN_AS_NODE cannot be used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { runCli } from '../cli/main';
import { setDefaultPdfPrinter } from '../node/report/generate';
import { PDF_MARGINS } from '../node/report/pdf-printer';
import { ElectronPdfPrinter } from './pdf-printer';
import { takePassphrasesFromEnvironment } from '../node/child-env';

/** Call before `app` is ready. Resolves never: it ends the process with the CLI's exit code. */
export async function runCliMode(args: string[]): Promise<void> {
  // Processes Chromium launches from here on do not inherit the passphrases. (Its zygote started with the
  // executable and still has them: prefer --passphrase-file with the packaged CLI.)
  const env = takePassphrasesFromEnvironment();
  // Chromium still starts a browser profile; keep it in a throwaway folder so a CLI run never touches
  // (or locks) the windowed app's session data, and remove it afterwards.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-cli-'));
  app.setPath('sessionData', scratch);
  app.disableHardwareAcceleration();

  let code = 1;
  try {
    await app.whenReady();
    // There is no system Chromium to count on where the packaged app runs: print reports with Electron's own.
    setDefaultPdfPrinter(() => new ElectronPdfPrinter(PDF_MARGINS));
    code = await runCli(args, {
      out: (s) => void process.stdout.write(s),
      err: (s) => void process.stderr.write(s),
      env,
    });
  } catch (e) {
    process.stderr.write(`sakshya: cannot run the command (${(e as Error)?.name ?? 'Error'}).\n`);
  } finally {
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  app.exit(code);
}

/** Pipes may be asynchronous (Windows): wait until what was written has been handed to the OS. */
function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write('', () => resolve());
    } catch {
      resolve();
    }
  });
}
