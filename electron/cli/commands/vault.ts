import os from 'node:os';
import path from 'node:path';
import { defineCommand } from '../args';
import { ALLOW_WEAK_ENV, getPassphrase, requireStrongPassphrase } from '../passphrase';
import { jsonOption, vaultOptions, withUnlocked, workbenchFor } from '../session';
import { checkVault } from '../../node/services/vault-check';
import { Vault } from '../../node/vault/vault';

export const vaultInit = defineCommand({
  name: ['vault', 'init'],
  summary: 'Create a new encrypted vault in an empty (or new) folder, with the examiner profile and signing key.',
  details: `The passphrase comes from SAKSHYA_PASSPHRASE, --passphrase-file, or a prompt (asked twice). A weak passphrase is refused, as in the app's window (${ALLOW_WEAK_ENV}=1 accepts it for throwaway test vaults).`,
  options: {
    ...vaultOptions,
    examiner: { type: 'string', value: 'NAME', description: "Examiner's name (default: the system user name)." },
    designation: { type: 'string', value: 'D', description: "Examiner's designation, e.g. 'Scientist-C'." },
    organisation: { type: 'string', value: 'O', description: "Examiner's organisation." },
    ...jsonOption,
  },
  async run({ values, env, out, err }) {
    const wb = workbenchFor(values.vault!);
    if (Vault.exists(path.resolve(values.vault!))) {
      err(`A vault already exists in ${path.resolve(values.vault!)}.\n`);
      return 1;
    }
    const passphrase = await getPassphrase({ env, envName: 'SAKSHYA_PASSPHRASE', file: values['passphrase-file'], prompt: 'New vault passphrase: ', confirm: true });
    requireStrongPassphrase(passphrase, env, 'No vault was created.');
    const status = await wb.create(passphrase, {
      name: values.examiner || os.userInfo().username || 'examiner',
      designation: values.designation ?? '',
      organisation: values.organisation ?? '',
    });
    wb.lock('exit');
    if (values.json) out(JSON.stringify({ path: status.path, examiner: status.examiner }) + '\n');
    err(`Vault created in ${status.path}.\nExaminer key fingerprint: ${status.examiner?.keyFingerprint}\n`);
    return 0;
  },
});

export const vaultCheck = defineCommand({
  name: ['vault', 'check'],
  summary: 'Unlock the vault, verify every file in it (header, case database, every evidence blob), and lock it again.',
  details: 'Exit 0 when every file is intact; 3 naming the first damaged file; 4 for a wrong passphrase.',
  options: { ...vaultOptions, ...jsonOption },
  async run({ values, env, out, err }) {
    const report = await withUnlocked(values, env, async (wb) => checkVault(wb.vault));
    if (values.json) out(JSON.stringify(report) + '\n');
    err(`Vault intact: header, case database (generation ${report.generation}, not older than its rollback anchor) and ${report.blobs} evidence blob(s) (${report.bytes} bytes, each bound to its id) verified.\n`);
    if (report.orphans > 0) err(`${report.orphans} unreferenced blob file(s) found in blobs/; they are moved to quarantine/ on the next unlock.\n`);
    if (report.quarantined.length > 0) err(`${report.quarantined.length} file(s) in quarantine (never deleted automatically; inspect, then remove by hand if they are litter): ${report.quarantined.join(', ')}\n`);
    return 0;
  },
});

export const vaultPasswd = defineCommand({
  name: ['vault', 'passwd'],
  summary: "Change the vault's passphrase (re-wraps the vault key; the data is not re-encrypted: run `vault rekey` next).",
  details: `The current passphrase comes from SAKSHYA_PASSPHRASE or --passphrase-file or a prompt; the new one from SAKSHYA_NEW_PASSPHRASE or --new-passphrase-file or a prompt (asked twice). A weak new passphrase is refused (${ALLOW_WEAK_ENV}=1 accepts it).`,
  options: {
    ...vaultOptions,
    'new-passphrase-file': { type: 'string', value: 'FILE', description: 'Read the new passphrase from FILE.' },
  },
  async run({ values, env, err }) {
    await withUnlocked(values, env, async (wb) => {
      const next = await getPassphrase({ env, envName: 'SAKSHYA_NEW_PASSPHRASE', file: values['new-passphrase-file'], prompt: 'New passphrase: ', confirm: true });
      requireStrongPassphrase(next, env, 'The passphrase was not changed.');
      const current = await getPassphrase({ env, envName: 'SAKSHYA_PASSPHRASE', file: values['passphrase-file'], prompt: 'Current passphrase (again): ' });
      await wb.changePassphrase(current, next);
    });
    err(
      'Passphrase changed: the header was replaced in place (atomic rename; no copy of the old one is kept), so the old passphrase no longer opens this vault. ' +
        'A copy of the old header made before this change (a backup, a synced folder) still opens the data with the old passphrase: run `sakshya vault rekey` to re-encrypt everything under a new key.\n',
    );
    return 0;
  },
});

export const vaultRekey = defineCommand({
  name: ['vault', 'rekey'],
  summary: 'Re-encrypt every file of the vault under a new random vault key (use after `vault passwd`, or when an old header copy may exist).',
  details:
    'Afterwards an old copy of the header with an old passphrase opens nothing current. Crash-safe: if it is interrupted, the next unlock (with the current passphrase) finishes it. Takes as long as reading and writing every blob once.',
  options: { ...vaultOptions, ...jsonOption },
  async run({ values, env, out, err }) {
    const report = await withUnlocked(
      values,
      env,
      async (wb) => {
        const current = await getPassphrase({ env, envName: 'SAKSHYA_PASSPHRASE', file: values['passphrase-file'], prompt: 'Current passphrase (again): ' });
        return wb.rekey(current, (s) => {
          if (s.step === 'blob') err(`Re-encrypting: ${s.done}/${s.total} blob file(s)\n`);
          else if (s.step === 'header') err('New vault key in place (header replaced).\n');
        });
      },
      true,
    );
    if (values.json) out(JSON.stringify(report) + '\n');
    err(`Vault re-keyed: ${report.blobs} blob file(s), the case database and the anchor are now under a new vault key.\n`);
    if (report.unreadable.length > 0) err(`${report.unreadable.length} damaged file(s) authenticate under neither key and were left as they were: ${report.unreadable.join(', ')}\n`);
    return 0;
  },
});
