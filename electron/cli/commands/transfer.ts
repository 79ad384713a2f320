import fs from 'node:fs';
import path from 'node:path';
import { defineCommand, UsageError } from '../args';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { readPublicKeyText } from './custody';
import { displayFingerprint } from '../../../shared/custody';
import { quoteId } from '../../../shared/api/ids';

export const caseExport = defineCommand({
  name: ['case', 'export'],
  summary: "Seal a case (evidence, custody log, notes) into one encrypted package for another examiner's public key.",
  details: 'The handover is recorded in this vault’s custody log before sealing. Only the holder of the recipient key can open the package; the sender’s key signs it.',
  options: {
    ...vaultOptions,
    ...caseOption,
    to: { type: 'string', value: 'PUBKEY', description: "Recipient's public key file (from `sakshya examiner key`) or the key text.", required: true },
    out: { type: 'string', value: 'FILE', description: 'Package file to write.', required: true },
    ...jsonOption,
  },
  async run({ values, env, out, err }) {
    const to = readPublicKeyText(values.to);
    const res = await withUnlocked(values, env, (api) => api('case.export', { caseId: values.case, to, out: path.resolve(values.out) }), true);
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
  options: {
    ...vaultOptions,
    from: { type: 'string', value: 'PUBKEY', description: "The sender's public key file (or key text), as you got it from the sender by your own channel. Not needed when the key is among `sakshya examiner trusted`." },
    ...jsonOption,
  },
  async run({ values, positionals, env, out, err }) {
    const from = values.from !== undefined ? readPublicKeyText(values.from) : undefined;
    const res = await withUnlocked(values, env, (api) => api('case.receive', { path: path.resolve(positionals[0]!), ...(from !== undefined ? { from } : {}) }), true);
    if (values.json) out(JSON.stringify(res) + '\n');
    const what = res.extended ? 'Received more of case' : 'Received case';
    err(`${what} ${res.caseId} (${JSON.stringify(res.title)}) from ${quoteId(res.sender)} (${displayFingerprint(res.senderFingerprint)}): ${res.evidence} evidence item(s), ${res.entries} custody entries verified.\n`);
    return 0;
  },
});

export const examinerTrust = defineCommand({
  name: ['examiner', 'trust'],
  summary: "Trust another examiner's public key, so cases they hand over can be received. Prints its fingerprint.",
  details: 'Check the printed fingerprint with the key’s owner by a separate channel (telephone, letter) before relying on it: a key file proves nothing about who made it. Recorded in the vault’s own log.',
  positionals: { name: 'KEYFILE', required: true, description: 'The key file from `sakshya examiner key` (or the key text).' },
  options: { ...vaultOptions, name: { type: 'string', value: 'NAME', description: 'Label for the key (default: the comment in the key file).' }, ...jsonOption },
  async run({ values, positionals, env, out, err }) {
    const text = positionals[0]!.trimStart().startsWith('sakshya-ed25519') ? positionals[0]! : readKeyFile(positionals[0]!);
    const res = await withUnlocked(values, env, (api) => api('examiner.trust', { publicKey: text, ...(values.name !== undefined ? { name: values.name } : {}) }), true);
    if (values.json) out(JSON.stringify(res) + '\n');
    else out(`${res.keyFingerprint}\n`);
    err(`${res.added ? 'Trusted' : 'Already trusted'}: ${quoteId(res.name)} ${displayFingerprint(res.keyFingerprint)}. Confirm this fingerprint with its owner.\n`);
    return 0;
  },
});

export const examinerTrusted = defineCommand({
  name: ['examiner', 'trusted'],
  summary: 'List the examiner keys this vault accepts case hand-overs from.',
  options: { ...vaultOptions, ...jsonOption },
  async run({ values, env, out, err }) {
    const list = await withUnlocked(values, env, (api) => api('examiner.trusted', {}));
    if (values.json) {
      out(JSON.stringify(list) + '\n');
      return 0;
    }
    for (const t of list) out(`${t.keyFingerprint}  ${t.addedAt}  ${quoteId(t.name)}\n`);
    if (list.length === 0) err('No trusted examiner keys. Add one with `sakshya examiner trust KEYFILE`.\n');
    return 0;
  },
});

function readKeyFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the public key file ${file}.`);
  }
}
