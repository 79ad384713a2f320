// Opens the vault for one command: resolves --vault, gets the passphrase, unlocks, and always locks again.
// Every step, and everything the command does in between, is a call through the dispatcher (host.ts).
import path from 'node:path';
import { Workbench } from '../node/core/workbench';
import { getPassphrase } from './passphrase';
import { cliHandlers, createCliHost, type CliApi, type CliInProcess } from './host';
import type { OptionSpec } from './args';

export const vaultOptions = {
  vault: { type: 'string', value: 'DIR', description: 'Vault folder.', required: true, env: 'SAKSHYA_VAULT' },
  'passphrase-file': { type: 'string', value: 'FILE', description: 'Read the passphrase from FILE (else SAKSHYA_PASSPHRASE, else a prompt).' },
} as const satisfies Record<string, OptionSpec>;

export const jsonOption = {
  json: { type: 'boolean', description: 'Print machine-readable JSON on stdout.' },
} as const satisfies Record<string, OptionSpec>;

/** The case every case command works on, declared once (its ID format is checked once, in args.ts). */
export const caseOption = {
  case: { type: 'string', value: 'ID', description: 'Case id.', required: true },
} as const satisfies Record<string, OptionSpec>;

/** A host over a fresh Workbench bound to the vault folder (locked; nothing is read until a call). */
export function cliHostFor(vault: string, inProcess: CliInProcess = { recordUnlock: false }): CliApi {
  const wb = new Workbench({ vaultDir: path.resolve(vault), autoLockMinutes: 0 });
  return createCliHost(cliHandlers(wb, inProcess), wb.events);
}

/** Unlocks the vault, runs `fn`, locks. `record` logs the unlock (commands that change or view data do). */
export async function withUnlocked<T>(
  values: { vault: string; 'passphrase-file'?: string | undefined },
  env: NodeJS.ProcessEnv,
  fn: (api: CliApi) => Promise<T>,
  record = false,
  inProcess: Omit<CliInProcess, 'recordUnlock'> = {},
): Promise<T> {
  const api = cliHostFor(values.vault, { recordUnlock: record, ...inProcess });
  await api('vault.status', {}); // fails early, before asking for a passphrase, if the folder cannot be read
  const passphrase = await getPassphrase({ env, envName: 'SAKSHYA_PASSPHRASE', file: values['passphrase-file'], prompt: 'Vault passphrase: ' });
  const status = await api('vault.unlock', { passphrase });
  const quarantined = status.quarantined ?? [];
  if (quarantined.length > 0) {
    process.stderr.write(
      `Note: ${quarantined.length} blob file(s) that the case database does not refer to were moved to quarantine (nothing was deleted): ${quarantined.join(', ')}. Usually litter from an interrupted import; if an older casedb.enc was restored, they may be newer evidence.\n`,
    );
  }
  try {
    return await fn(api);
  } finally {
    await api('vault.lock', {});
  }
}
