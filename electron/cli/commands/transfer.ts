import path from 'node:path';
import { defineCommand } from '../args';
import { jsonOption, vaultOptions, withUnlocked } from '../session';
import { readPublicKeyArg } from './custody';
import { exportCase, receiveCase } from '../../node/custody/transfer';
import { displayFingerprint } from '../../../shared/custody';

export const caseExport = defineCommand({
  name: ['case', 'export'],
  summary: "Seal a case (evidence, custody log, notes) into one encrypted package for another examiner's public key.",
  details: 'The handover is recorded in this vault’s custody log before sealing. Only the holder of the recipient key can open the package; the sender’s key signs it.',
  options: {
    ...vaultOptions,
    case: { type: 'string', value: 'ID', description: 'Case id.', required: true },
    to: { type: 'string', value: 'PUBKEY', description: "Recipient's public key file (from `sakshya examiner key`) or the key text.", required: true },
    out: { type: 'string', value: 'FILE', description: 'Package file to write.', required: true },
    ...jsonOption,
  },
  async run({ values, env, out, err }) {
    const key = readPublicKeyArg(values.to!);
    const res = await withUnlocked(values, env, (wb) => exportCase(wb.vault, values.case!, key, path.resolve(values.out!), wb.now()), true);
    if (values.json) out(JSON.stringify(res) + '\n');
    err(`Case ${values.case} sealed for ${displayFingerprint(res.recipientFingerprint)} in ${values.out} (${res.bytes} bytes, SHA-256 ${res.sha256}).\n`);
    return 0;
  },
});

export const caseReceive = defineCommand({
  name: ['case', 'receive'],
  summary: 'Verify a case package sealed for this vault, import it, and record the handover as a signed entry.',
  details: 'Refused (exit 3) when the package was changed in transit, is sealed for another key, or its custody log or evidence does not verify.',
  positionals: { name: 'FILE', required: true, description: 'The package from `sakshya case export`.' },
  options: { ...vaultOptions, ...jsonOption },
  async run({ values, positionals, env, out, err }) {
    const res = await withUnlocked(values, env, (wb) => receiveCase(wb.vault, path.resolve(positionals[0]!), wb.now()), true);
    if (values.json) out(JSON.stringify(res) + '\n');
    err(`Received case ${res.caseId} ("${res.title}") from ${res.sender} (${displayFingerprint(res.senderFingerprint)}): ${res.evidence} evidence item(s), ${res.entries} custody entries verified.\n`);
    return 0;
  },
});
