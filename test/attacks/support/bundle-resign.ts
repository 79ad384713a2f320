// Re-signs a genuine report bundle with an attacker's own key, the way someone who knows the bundle format
// would: swap examiner.pub, edit a note in custody.jsonl, re-chain the log, sign a new checkpoint and a new
// manifest. The PDF is kept as it is (it still prints the genuine examiner's fingerprint). Nothing here
// calls the report writer; only the on-disk formats are shared.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  canonicalize,
  entryHash,
  entryLeafHash,
  formatPublicKey,
  keyFingerprint,
  merkleRoot,
  signCheckpoint,
  toHex,
  type CustodyEntry,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';

export type ResignDepth =
  /** Only what the signature needs: key, note, chain, checkpoint (in report.json) and manifest. */
  | 'naive'
  /** Also report.json's examiner and custody fingerprints. */
  | 'model'
  /** Also every custody entry's examiner fingerprint. */
  | 'entries';

export function resignBundle(genuine: string, out: string, o: { seed: Uint8Array; note: string; depth: ResignDepth }): { attackerFingerprint: string } {
  fs.cpSync(genuine, out, { recursive: true });
  const pub = ed25519.getPublicKey(o.seed);
  const fp = keyFingerprint(pub);
  const file = (n: string) => path.join(out, n);

  const entries = fs.readFileSync(file('custody.jsonl'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as CustodyEntry);
  const note = entries.find((e) => e.action === 'note.added');
  if (!note) throw new Error('the genuine bundle has no note to edit');
  note.details = { ...note.details, text: o.note };
  if (o.depth === 'entries') for (const e of entries) e.examiner = { ...e.examiner, keyFingerprint: fp };
  for (let i = 1; i < entries.length; i++) entries[i]!.prevHash = entryHash(entries[i - 1]!);
  fs.writeFileSync(file('custody.jsonl'), entries.map((e) => `${canonicalize(e as unknown as JsonObject)}\n`).join(''));

  const model = JSON.parse(fs.readFileSync(file('report.json'), 'utf8')) as {
    examiner: { keyFingerprint: string };
    custody: { checkpoint: SignedCheckpoint; merkleRoot: string; keyFingerprint: string };
  };
  const old = model.custody.checkpoint;
  const root = toHex(merkleRoot(entries.slice(0, old.treeSize).map((e) => entryLeafHash(e))));
  model.custody.checkpoint = signCheckpoint({ caseId: old.caseId, treeSize: old.treeSize, rootHash: root, at: old.at, keyFingerprint: fp }, (m) => ed25519.sign(m, o.seed));
  model.custody.merkleRoot = root;
  if (o.depth !== 'naive') {
    model.examiner.keyFingerprint = fp;
    model.custody.keyFingerprint = fp;
  }
  fs.writeFileSync(file('report.json'), `${JSON.stringify(model, null, 2)}\n`);
  fs.writeFileSync(file('examiner.pub'), `${formatPublicKey(pub, 'Genuine Examiner')}\n`);

  const manifest = JSON.parse(fs.readFileSync(file('manifest.json'), 'utf8')) as { keyFingerprint: string; files: { name: string; bytes: number; sha256: string }[] };
  manifest.keyFingerprint = fp;
  for (const f of manifest.files) {
    const b = fs.readFileSync(file(f.name));
    f.bytes = b.length;
    f.sha256 = createHash('sha256').update(b).digest('hex');
  }
  const bytes = Buffer.from(canonicalize(manifest as unknown as JsonObject), 'utf8');
  fs.writeFileSync(file('manifest.json'), bytes);
  fs.writeFileSync(file('manifest.sig'), `${Buffer.from(ed25519.sign(bytes, o.seed)).toString('base64')}\n`);
  return { attackerFingerprint: fp };
}
