// The `sakshya` command-line tool: the same core services as the app, for scripting and tests.
// stdout carries machine output (with --json); stderr carries messages for people.
import { commandHelp, UsageError, type Command } from './args';
import { ExitCodes, exitCodeFor, isSakshyaError } from '../../shared/api/errors';
import { TOOL_VERSION } from '../node/version';
import { commands } from './commands';
import { terminalText } from '../../shared/format/terminal';

function topHelp(): string {
  const lines = [`${TOOL_VERSION}: offline workbench for data-leak investigations.`, '', 'Usage: sakshya COMMAND [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.join(' ').padEnd(24)}${c.summary}`);
  lines.push(
    '',
    'Run `sakshya COMMAND --help` for a command\'s options.',
    'Passphrases come from SAKSHYA_PASSPHRASE, --passphrase-file or a prompt; never from a command-line value.',
    'Exit codes: 0 success, 1 error, 2 usage, 3 verification failed or tampering detected, 4 wrong passphrase.',
  );
  return lines.join('\n') + '\n';
}

function findCommand(argv: string[]): { spec: Command; rest: string[] } | null {
  let best: { spec: Command; rest: string[] } | null = null;
  for (const spec of commands) {
    const n = spec.name.length;
    if (argv.length >= n && spec.name.every((w, i) => argv[i] === w) && (!best || n > best.spec.name.length)) {
      best = { spec, rest: argv.slice(n) };
    }
  }
  return best;
}

export async function runCli(
  argv: string[],
  sink: { out: (s: string) => void; err: (s: string) => void; env: NodeJS.ProcessEnv },
): Promise<number> {
  // Every line the CLI prints may carry names and values from evidence: control, bidi and format
  // characters leave as visible escapes, whichever command printed them (see shared/format/terminal.ts).
  const io = { out: (s: string) => sink.out(terminalText(s)), err: (s: string) => sink.err(terminalText(s)), env: sink.env };
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(topHelp());
    return argv.length === 0 ? ExitCodes.usage : ExitCodes.ok;
  }
  if (argv[0] === '--version') {
    io.out(`${TOOL_VERSION}\n`);
    return ExitCodes.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = commands.filter((c) => c.name[0] === argv[0]);
    io.err(
      group.length > 0
        ? `Unknown subcommand. Try one of: ${group.map((c) => c.name.join(' ')).join(', ')}.\n`
        : `Unknown command ${JSON.stringify(argv[0])}. Run \`sakshya --help\`.\n`,
    );
    return ExitCodes.usage;
  }
  const { spec, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(spec));
    return ExitCodes.ok;
  }
  try {
    return await spec.execute(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`sakshya: ${e.message}\n`);
      return ExitCodes.usage;
    }
    if (isSakshyaError(e)) {
      io.err(`sakshya: ${e.message}\n`);
      return exitCodeFor(e.code);
    }
    // A bug: say so without dumping data that may be personal; the stack has no values in it.
    io.err(`sakshya: internal error (${(e as Error)?.name ?? 'Error'}). Nothing reported as saved was lost.\n`);
    if (io.env.SAKSHYA_DEBUG) io.err(`${(e as Error)?.stack ?? ''}\n`);
    return ExitCodes.error;
  }
}
