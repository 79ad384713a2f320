// Where the CLI gets passphrases: an environment variable, a file, or a no-echo prompt on the terminal.
// Never from a command-line value, which would land in shell history and process listings.
import fs from 'node:fs';
import { UsageError } from './args';
import { isPassphraseTooWeak, MIN_LENGTH } from '../../shared/passphrase/strength';
import { SakshyaError } from '../../shared/api/errors';

export async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new UsageError('No passphrase given and no terminal to ask on: set SAKSHYA_PASSPHRASE or use --passphrase-file.');
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === '\r' || c === '\n') {
          done();
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (c === '\u0003') {
          done();
          process.stderr.write('\n');
          reject(new UsageError('Cancelled.'));
          return;
        }
        if (c === '\u007f' || c === '\b') value = value.slice(0, -1);
        else value += c;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    stdin.on('data', onData);
  });
}

export function readPassphraseFile(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the passphrase file ${file}.`);
  }
  // One trailing newline is the file's, not the passphrase's.
  return text.replace(/\r?\n$/, '');
}

export async function getPassphrase(opts: { env: NodeJS.ProcessEnv; envName: string; file?: string; prompt: string; confirm?: boolean }): Promise<string> {
  if (opts.file) return nonEmpty(readPassphraseFile(opts.file));
  const fromEnv = opts.env[opts.envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = nonEmpty(await promptHidden(opts.prompt));
  if (opts.confirm) {
    const again = await promptHidden('Repeat it: ');
    if (again !== first) throw new UsageError('The two passphrases differ. Nothing was created.');
  }
  return first;
}

function nonEmpty(p: string): string {
  if (p.length === 0) throw new UsageError('The passphrase is empty.');
  return p;
}

/** Set to 1 to accept a weak passphrase anyway (throwaway test vaults, scripted lab exercises). */
export const ALLOW_WEAK_ENV = 'SAKSHYA_ALLOW_WEAK_PASSPHRASE';

/**
 * A new vault passphrase must pass the same strength rule as the window's create form
 * (shared/passphrase/strength.ts). The message never repeats the passphrase.
 */
export function requireStrongPassphrase(passphrase: string, env: NodeJS.ProcessEnv, nothingDone: string): void {
  if (env[ALLOW_WEAK_ENV] === '1') return;
  if (isPassphraseTooWeak(passphrase)) {
    throw new SakshyaError(
      'INVALID_INPUT',
      `This passphrase is too weak to protect evidence if the laptop is lost. Use at least ${MIN_LENGTH} characters, e.g. four or five unrelated words; avoid common words, dates and keyboard runs. ${nothingDone}`,
    );
  }
}
