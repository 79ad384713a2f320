// The environment a child process or worker thread gets. The CLI runs with SAKSHYA_PASSPHRASE (and
// perhaps SAKSHYA_NEW_PASSPHRASE, cloud tokens, proxy credentials) in its environment; a child started
// with the default (a copy of everything) shows all of it in /proc/<pid>/environ for as long as it runs,
// which for the report printer's Chromium is the whole print. Children get an allow-list instead: what a
// browser or a worker needs to find programs, fonts, a home and a temp folder, and the locale.

const ALLOWED = new Set(
  [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'XDG_RUNTIME_DIR',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
    'XDG_DATA_HOME',
    'XDG_DATA_DIRS',
    'FONTCONFIG_PATH',
    'FONTCONFIG_FILE',
    // Windows: Chromium and Node need these to start and to find the user's folders.
    'SYSTEMROOT',
    'WINDIR',
    'SYSTEMDRIVE',
    'USERPROFILE',
    'LOCALAPPDATA',
    'APPDATA',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PROGRAMFILES(X86)',
    'COMMONPROGRAMFILES',
    'COMSPEC',
    'PATHEXT',
    'NUMBER_OF_PROCESSORS',
    'PROCESSOR_ARCHITECTURE',
  ].map((n) => n.toUpperCase()),
);

/** True for a variable a child may inherit: the list above and the LC_* locale settings. */
export function childMayInherit(name: string): boolean {
  const upper = name.toUpperCase(); // Windows names are case-insensitive
  return ALLOWED.has(upper) || /^LC_[A-Z]+$/.test(upper);
}

/** A copy of `env` with only the allow-listed variables (never a passphrase or any other secret). */
export function childEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && childMayInherit(k)) out[k] = v;
  return out;
}

/** Variables that hold vault passphrases. */
export const PASSPHRASE_VARIABLES = ['SAKSHYA_PASSPHRASE', 'SAKSHYA_NEW_PASSPHRASE'] as const;

/**
 * Returns a copy of `live` for the CLI to read its passphrases from, and removes them from `live`
 * (process.env), so that nothing started later with the default environment (tesseract.js' worker,
 * a library's child process, a process Electron launches after this point) inherits them. The process's
 * own /proc/<pid>/environ keeps its start-up copy; only children are helped.
 */
export function takePassphrasesFromEnvironment(live: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const snapshot = { ...live };
  for (const name of PASSPHRASE_VARIABLES) delete live[name];
  return snapshot;
}
