// Switches that open the running app to another program: Chromium's remote debugging (a DevTools
// endpoint on a TCP port or a pipe, from which any local process can read the unlocked vault's pages
// and drive the main window) and Node's inspector. A packaged build refuses to start with any of them;
// development builds keep them. The Node inspector flags are also fused off in packaged builds
// (EnableNodeCliInspectArguments), so this is a second lock on them. Pure, so tested under Node.

/** Switch names (lower case, without dashes) a packaged build refuses, and prefixes of such names. */
const REFUSED = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'remote-allow-origins', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-publish-uid', 'debug', 'debug-brk'];
const REFUSED_PREFIXES = ['remote-debugging-', 'inspect-'];

/** The switch name of one argument, as Chromium reads it: `--x=1`, `-x`, and on Windows `/x`; else null. */
function switchName(arg: string, windows: boolean): string | null {
  const m = /^(?:--?|\/)([^=\s]+)/.exec(arg);
  if (!m || (arg.startsWith('/') && !windows)) return null;
  // Chromium lower-cases switch names on Windows; match case-insensitively everywhere to be safe.
  return m[1]!.toLowerCase();
}

/**
 * The arguments of `argv` (without the executable) that a packaged build must refuse, in order. Checked
 * up to the first bare `--`, where Chromium stops reading switches: the launchers put `--` before the
 * user's CLI arguments, so a note or reason that reads `--inspect` is a value, not a switch.
 */
export function refusedDebugSwitches(argv: readonly string[], opts: { packaged: boolean; windows?: boolean }): string[] {
  if (!opts.packaged) return [];
  const windows = opts.windows ?? false;
  const args = argv.slice(1);
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).filter((arg) => {
    const name = switchName(arg, windows);
    return name !== null && (REFUSED.includes(name) || REFUSED_PREFIXES.some((p) => name.startsWith(p)));
  });
}
