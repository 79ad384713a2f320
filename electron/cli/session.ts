// Opens the vault for one command: resolves --vault, gets the passphrase, unlocks, and always locks again.
import path from 'node:path';
import { Workbench } from '../node/core/workbench';
import { getPassphrase } from './passphrase';
import type { OptionSpec } from './args';

export const vaultOptions = {
  vault: { type: 'string', value: 'DIR', description: 'Vault folder.', required: true, env: 'SAKSHYA_VAULT' },
  'passphrase-file': { type: 'string', value: 'FILE', description: 'Read the passphrase from FILE (else SAKSHYA_PASSPHRASE, else a prompt).' },
} as const satisfies Record<string, OptionSpec>;

export const jsonOption = {
  json: { type: 'boolean', description: 'Print machine-readable JSON on stdout.' },
} as const satisfies Record<string, OptionSpec>;

export function workbenchFor(vault: string): Workbench {
  return new Workbench({ vaultDir: path.resolve(vault), autoLockMinutes: 0 });
}

/** Unlocks the vault, runs `fn`, locks. `record` logs the unlock (commands that change or view data do). */
export async function withUnlocked<T>(
  values: { vault?: string | undefined; 'passphrase-file'?: string | undefined },
  env: NodeJS.ProcessEnv,
  fn: (wb: Workbench) => Promise<T>,
  record = false,
): Promise<T> {
  const wb = workbenchFor(values.vault!);
  wb.status(); // fails early, before asking for a passphrase, if the folder is not a vault
  const passphrase = await getPassphrase({ env, envName: 'SAKSHYA_PASSPHRASE', file: values['passphrase-file'], prompt: 'Vault passphrase: ' });
  await wb.unlock(passphrase, record);
  if (wb.lastQuarantined.length > 0) {
    process.stderr.write(
      `Note: ${wb.lastQuarantined.length} blob file(s) that the case database does not refer to were moved to quarantine (nothing was deleted): ${wb.lastQuarantined.join(', ')}. Usually litter from an interrupted import; if an older casedb.enc was restored, they may be newer evidence.\n`,
    );
  }
  try {
    return await fn(wb);
  } finally {
    wb.lock('exit');
  }
}
