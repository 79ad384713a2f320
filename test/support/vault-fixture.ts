// A vault for tests that are about what the CLI does with a vault, not about creating one: made in-process
// by the same core call as `sakshya vault init` (Workbench.create), but with the lowest Argon2id cost a vault
// header is accepted with (electron/node/vault/kdf.ts refuses anything lower on unlock). Every later command
// still runs the real binary and the real unlock; it only stops paying the 64 MiB, t=3 production cost each
// time. The production default is untouched and no environment variable changes it: `vault init` itself is
// still tested at full cost in vault-cli.test.ts.
import os from 'node:os';
import { Workbench } from '../../electron/node/core/workbench';

/** The floor the vault header accepts (MIN_MEMORY_KIB, one pass): tests pay milliseconds per unlock. */
export const FIXTURE_KDF = { memoryKiB: 8 * 1024, iterations: 1 } as const;

export interface FixtureExaminer {
  /** Default, as with `vault init` without --examiner: the system user name. */
  name?: string;
  designation?: string;
  organisation?: string;
}

/** Creates a vault in `vaultDir` (new or empty) as `sakshya vault init` would, and leaves it locked. */
export async function fixtureVault(vaultDir: string, passphrase: string, examiner: FixtureExaminer = {}): Promise<void> {
  const wb = new Workbench({ vaultDir, kdf: FIXTURE_KDF, autoLockMinutes: 0 });
  await wb.create(passphrase, {
    name: examiner.name || os.userInfo().username || 'examiner',
    designation: examiner.designation ?? '',
    organisation: examiner.organisation ?? '',
  });
  wb.lock('exit');
}
