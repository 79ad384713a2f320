// Decides whether this launch is the command-line tool or the windowed app, from process.argv alone.
// The packaged binary runs the CLI in Electron's main process (ELECTRON_RUN_AS_NODE is fused off):
//   Sakshya --cli vault init --vault DIR        (what the bin/sakshya launchers run)
//   Sakshya -- vault init --vault DIR           (a known command after `--`)
// Chromium switches may come before `--cli` (the Linux launcher adds --ozone-platform=headless).

export const CLI_FLAG = '--cli';

export type LaunchMode = { mode: 'cli'; args: string[] } | { mode: 'gui' };

/** Words that also start the CLI after a bare `--`, besides the command names. */
const CLI_META = ['help', '--help', '-h', '--version'];

/**
 * The user's own arguments: without the executable and, in development (`electron <app> ...`,
 * `process.defaultApp`), without the app path and the switches before it.
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  const rest = argv.slice(1);
  if (!defaultApp) return rest;
  const appIndex = rest.findIndex((a) => !a.startsWith('-'));
  return appIndex < 0 ? [] : rest.slice(appIndex + 1);
}

export function detectLaunchMode(
  argv: readonly string[],
  opts: { defaultApp: boolean; knownCommands: readonly string[] },
): LaunchMode {
  const args = userArgs(argv, opts.defaultApp);
  let i = 0;
  while (i < args.length && args[i] !== CLI_FLAG && args[i] !== '--' && args[i]!.startsWith('--')) i++;
  if (args[i] === CLI_FLAG) {
    const rest = args.slice(i + 1);
    return { mode: 'cli', args: rest[0] === '--' ? rest.slice(1) : rest };
  }
  const dashdash = args.indexOf('--');
  if (dashdash >= 0) {
    const first = args[dashdash + 1];
    if (first !== undefined && (opts.knownCommands.includes(first) || CLI_META.includes(first))) {
      return { mode: 'cli', args: args.slice(dashdash + 1) };
    }
  }
  return { mode: 'gui' };
}
