import fs from 'node:fs';
import { defineCommand, UsageError } from '../args';
import { recordIndex } from './evidence';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { formatIst } from '../../../shared/format';
import { terminalValue as tv } from '../../../shared/format/terminal';
import { parsePublicKey, PublicKeyFormatError, verifyInclusionDocument, displayFingerprint } from '../../../shared/custody';
import { nodeCustodyCrypto } from '../../node/vault/node-crypto';
import { SakshyaError } from '../../../shared/api/errors';
import { writePrivateFile } from '../../node/private-files';

export const custodyLog = defineCommand({
  name: ['custody', 'log'],
  summary: "Print a case's custody log: every action, in order, with time (IST), examiner and what it touched.",
  details: 'Times come from the examining machine’s own clock (local, unverified on an offline laptop). --json prints the stored entries (canonical JSON) and checkpoints.',
  options: { ...vaultOptions, ...caseOption, ...jsonOption },
  async run({ values, env, out }) {
    const view = await withUnlocked(values, env, async (api) => {
      const stored = await api('custody.entries', { caseId: values.case });
      return { ...stored, summary: (await api('custody.log', { caseId: values.case })).entries };
    });
    if (values.json) {
      out(JSON.stringify({ entries: view.entries, checkpoints: view.checkpoints }) + '\n');
      return 0;
    }
    for (const e of view.summary) out(`${String(e.seq).padStart(5)}  ${formatIst(e.at, 'en', { seconds: true })}  ${tv(e.examiner)}  ${e.action.padEnd(18)}  ${tv(e.summary)}\n`);
    const cp = view.checkpoints.at(-1);
    if (cp) out(`\nLatest signed checkpoint: ${cp.treeSize} entries, root ${cp.rootHash}, ${formatIst(cp.at, 'en', { seconds: true })}, key ${displayFingerprint(cp.keyFingerprint)}\nClock: local and unverified (the examining machine's own clock).\n`);
    return 0;
  },
});

export const verifyCmd = defineCommand({
  name: ['verify'],
  summary: "Verify a case: the custody chain, Merkle roots, every checkpoint signature, and every evidence original's hashes.",
  details:
    'Exit 0 when everything checks out; 3 naming the first bad entry, checkpoint or evidence blob and what is wrong with it. --since-root ROOT:SIZE (a root and entry count printed in an earlier report; may be repeated) also proves with a consistency proof that today’s log extends it, and exits 3 if it does not (e.g. the case database was rolled back).',
  options: {
    ...vaultOptions,
    ...caseOption,
    'since-root': { type: 'string', value: 'ROOT:SIZE', multiple: true, description: 'A Merkle root (64 hex) and tree size from an earlier report that today’s log must extend.' },
    ...jsonOption,
  },
  async run({ values, env, out, err }) {
    const since = values['since-root'].map((s) => {
      const m = /^([0-9a-fA-F]{64}):(\d{1,15})$/.exec(s.trim());
      if (!m) throw new UsageError(`--since-root takes ROOT:SIZE (64 hex digits, a colon, an entry count), not '${s.slice(0, 80)}'.`);
      return { root: m[1]!.toLowerCase(), size: Number(m[2]) };
    });
    const { res, proofs } = await withUnlocked(
      values,
      env,
      async (api) => {
        const res = await api('custody.verify', { caseId: values.case });
        const proofs = [];
        for (const s of since) proofs.push(await api('custody.consistency', { caseId: values.case, root: s.root, size: s.size }));
        return { res, proofs };
      },
      true,
    );
    if (values.json) out(JSON.stringify(since.length ? { ...res, sinceRoots: proofs } : res) + '\n');
    if (!res.ok) {
      err(`VERIFICATION FAILED. ${res.problem?.message}\n`);
      return 3;
    }
    err(`Verified: ${res.entries} custody entries, ${res.checkpoints} signed checkpoints, Merkle root ${res.root}; ${res.evidence} evidence original(s), ${res.bytes} bytes re-hashed.\n`);
    let bad = 0;
    for (const p of proofs) {
      if (p.ok) err(`Today's log (${p.size} entries, root ${p.root}) extends the earlier root ${p.oldRoot} (${p.oldSize} entries): consistency proof of ${p.proofHashes} hash(es) checked.\n`);
      else {
        bad++;
        err(`VERIFICATION FAILED. ${p.problem}.\n`);
      }
    }
    return bad > 0 ? 3 : 0;
  },
});

export const custodyProve = defineCommand({
  name: ['custody', 'prove'],
  summary: 'Print an inclusion proof of entry N against the latest signed checkpoint (JSON), checkable without the vault.',
  options: { ...vaultOptions, ...caseOption, entry: { type: 'string', value: 'N', description: 'Entry number (seq).', required: true }, out: { type: 'string', value: 'FILE', description: 'Write the proof to FILE instead of stdout.' } },
  async run({ values, env, out, err }) {
    if (!/^\d+$/.test(values.entry)) throw new UsageError('--entry must be a whole number.');
    const n = Number(values.entry);
    const doc = await withUnlocked(values, env, (api) => api('custody.prove', { caseId: values.case, entry: n }));
    const text = JSON.stringify(doc, null, 2) + '\n';
    if (values.out) {
      writePrivateFile(values.out, text);
      err(`Inclusion proof of entry ${n} written to ${values.out}.\n`);
    } else out(text);
    return 0;
  },
});

/** The text of a public key given as a file or as the key text itself. */
function publicKeyArgText(arg: string): string {
  if (arg.trimStart().startsWith('sakshya-ed25519')) return arg;
  try {
    return fs.readFileSync(arg, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the public key file ${arg}.`);
  }
}

/** A public key argument (file or text) parsed here, where no vault is involved (proofs, report bundles). */
export function readPublicKeyArg(arg: string): Uint8Array {
  try {
    return parsePublicKey(publicKeyArgText(arg)).publicKey;
  } catch (e) {
    if (e instanceof PublicKeyFormatError) throw new SakshyaError('INVALID_INPUT', `Not a Sakshya examiner public key: ${e.message}.`);
    throw e;
  }
}

/** A public key argument's text for a contract call, checked here first so a bad key fails before the passphrase is asked. */
export function readPublicKeyText(arg: string): string {
  const text = publicKeyArgText(arg);
  readPublicKeyArg(text);
  return text;
}

export const custodyCheckProof = defineCommand({
  name: ['custody', 'check-proof'],
  summary: 'Check an inclusion proof with only the examiner’s public key (no vault, no passphrase).',
  details: 'Exit 0 when the checkpoint signature and the audit path check out; 3 otherwise, saying what failed.',
  positionals: { name: 'FILE', required: true, description: 'The proof written by `sakshya custody prove`.' },
  options: { key: { type: 'string', value: 'PUBKEY', description: 'Public key file from `sakshya examiner key` (or the key text).', required: true }, ...jsonOption },
  async run({ values, positionals, out, err }) {
    const key = readPublicKeyArg(values.key);
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(positionals[0]!, 'utf8'));
    } catch {
      throw new SakshyaError('INVALID_INPUT', `${positionals[0]} is not a readable JSON proof.`);
    }
    const res = verifyInclusionDocument(doc, key, nodeCustodyCrypto);
    if (values.json) out(JSON.stringify(res) + '\n');
    if (res.ok) {
      const d = doc as { index: number; treeSize: number; checkpoint: { rootHash: string } };
      err(`Proof valid: entry ${d.index} is in the signed log of ${d.treeSize} entries with root ${d.checkpoint.rootHash}.\n`);
      return 0;
    }
    err(`PROOF INVALID: ${res.problem}\n`);
    return 3;
  },
});

export const custodyExport = defineCommand({
  name: ['custody', 'export'],
  summary: "Export a case's custody record as CASE/UCO JSON-LD (investigative actions, provenance records, file hashes).",
  options: {
    ...vaultOptions,
    ...caseOption,
    format: { type: 'string', value: 'F', description: "Export format: 'case-jsonld'.", required: true },
    out: { type: 'string', value: 'FILE', description: 'Write to FILE instead of stdout.' },
  },
  async run({ values, env, out, err }) {
    if (values.format !== 'case-jsonld') throw new UsageError("--format must be 'case-jsonld'.");
    const doc = await withUnlocked(values, env, (api) => api('custody.exportJsonLd', { caseId: values.case }));
    const text = JSON.stringify(doc, null, 2) + '\n';
    if (values.out) {
      writePrivateFile(values.out, text);
      err(`CASE/UCO JSON-LD written to ${values.out}.\n`);
    } else out(text);
    return 0;
  },
});

export const examinerKey = defineCommand({
  name: ['examiner', 'key'],
  summary: "Print or write the examiner's public key, in the format `--key` and `--to` accept.",
  options: { ...vaultOptions, out: { type: 'string', value: 'FILE', description: 'Write the key to FILE instead of stdout.' } },
  async run({ values, env, out, err }) {
    const { text, fingerprint: fp } = await withUnlocked(values, env, (api) => api('examiner.publicKey', {}));
    if (values.out) {
      fs.writeFileSync(values.out, text);
      err(`Public key written to ${values.out} (fingerprint ${fp}).\n`);
    } else out(text);
    return 0;
  },
});

export const noteAdd = defineCommand({
  name: ['note', 'add'],
  summary: 'Add a note to a case (optionally about an evidence item and row); notes are custody entries.',
  options: {
    ...vaultOptions,
    ...caseOption,
    text: { type: 'string', value: 'TEXT', description: 'The note.', required: true },
    evidence: { type: 'string', value: 'EID', description: 'Evidence id the note is about.' },
    row: { type: 'string', value: 'N', description: 'Record number (from 1, as `sakshya rows` prints it) the note is about.' },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const row = recordIndex(values.row, 'row');
    const e = await withUnlocked(
      values,
      env,
      (api) => api('notes.add', { caseId: values.case, text: values.text, ...(values.evidence !== undefined ? { evidenceId: values.evidence } : {}), ...(row !== undefined ? { row } : {}) }),
      true,
    );
    out(values.json ? JSON.stringify(e) + '\n' : `Note recorded as custody entry ${e.seq}.\n`);
    return 0;
  },
});

export const tagAdd = defineCommand({
  name: ['tag', 'add'],
  summary: 'Tag an evidence item (or one of its records); tags are custody entries.',
  options: {
    ...vaultOptions,
    ...caseOption,
    evidence: { type: 'string', value: 'EID', description: 'Evidence id.', required: true },
    tag: { type: 'string', value: 'T', description: "The tag, e.g. 'matches-complaint'.", required: true },
    row: { type: 'string', value: 'N', description: 'Record number (from 1, as `sakshya rows` prints it) the tag is about.' },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const row = recordIndex(values.row, 'row');
    const e = await withUnlocked(
      values,
      env,
      (api) => api('tags.add', { caseId: values.case, evidenceId: values.evidence, tag: values.tag, ...(row !== undefined ? { row } : {}) }),
      true,
    );
    out(values.json ? JSON.stringify(e) + '\n' : `Tag recorded as custody entry ${e.seq}.\n`);
    return 0;
  },
});
