// Builds, from the on-disk format alone, a case package that has passed through two custodians: a first
// part written by "A" (case created, evidence acquired, case sent) and signed by `firstSigner`, then the
// second custodian's record of receiving it (naming `vouchedFingerprint` as the sender), a note, and a
// checkpoint over the whole log signed by the second custodian, who seals the package for the recipient.
// Nothing here calls the exporter.
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  appendEntry,
  canonicalize,
  emptyChainHead,
  entryLeafHash,
  keyFingerprint,
  merkleRoot,
  signCheckpoint,
  toHex,
  type CustodyEntry,
  type JsonObject,
  type NewEntry,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { sealPackage } from './package-forge';

export interface ChainForgeOptions {
  caseId: string;
  recipientPublicKey: Uint8Array;
  /** Signs the checkpoint over the first custodian's part. */
  firstSigner: Uint8Array;
  /** The fingerprint the second custodian's `case.received` entry names as the sender. */
  vouchedFingerprint: string;
  /** The second custodian (the package's sender). */
  secondSigner: Uint8Array;
  /** Public keys listed as earlier custodians in the manifest; none: the field is left out. */
  custodians?: Uint8Array[];
  /** An extra checkpoint over the whole log, signed by this seed (a key reaching beyond its part). */
  extraSigner?: Uint8Array;
  at: Date;
}

const fp = (seed: Uint8Array) => keyFingerprint(ed25519.getPublicKey(seed));

export function forgeChainPackage(out: string, o: ChainForgeOptions): { evidenceId: string } {
  const file = Buffer.from('synthetic evidence handed on twice, not a real record\n');
  const evidenceId = `e${o.caseId}`;
  const hashes = {
    md5: createHash('md5').update(file).digest('hex'),
    sha1: createHash('sha1').update(file).digest('hex'),
    sha256: createHash('sha256').update(file).digest('hex'),
  };
  const first = { name: 'First Examiner', keyFingerprint: fp(o.firstSigner) };
  const second = { name: 'Second Examiner', keyFingerprint: fp(o.secondSigner) };
  const at = o.at;
  const entries: CustodyEntry[] = [];
  let head = emptyChainHead(o.caseId);
  const add = (input: NewEntry) => {
    const r = appendEntry(head, input);
    entries.push(r.entry);
    head = r.head;
  };
  const checkpoints: SignedCheckpoint[] = [];
  const sign = (seed: Uint8Array) =>
    checkpoints.push(
      signCheckpoint(
        { caseId: o.caseId, treeSize: entries.length, rootHash: toHex(merkleRoot(entries.map((e) => entryLeafHash(e)))), at: at.toISOString(), keyFingerprint: fp(seed) },
        (m) => ed25519.sign(m, seed),
      ),
    );
  add({ action: 'case.created', examiner: first, at, details: { title: 'Handed on', ref: '' } });
  add({ action: 'evidence.acquired', examiner: first, at, details: { evidenceId, name: 'sample.txt', bytes: file.length, ...hashes } });
  add({ action: 'case.sent', examiner: first, at, details: { recipientFingerprint: second.keyFingerprint } });
  sign(o.firstSigner);
  add({ action: 'case.received', examiner: second, at, details: { senderName: 'First Examiner', senderFingerprint: o.vouchedFingerprint } });
  add({ action: 'note.added', examiner: second, at, details: { text: 'checked by the second custodian' } });
  sign(o.secondSigner);
  if (o.extraSigner) sign(o.extraSigner);
  const blobId = `b${o.caseId}`;
  const evidence = {
    id: evidenceId,
    caseId: o.caseId,
    parentId: null,
    name: 'sample.txt',
    sourcePath: 'sample.txt',
    bytes: file.length,
    ...hashes,
    format: 'text',
    encoding: 'utf-8',
    status: 'unparsed',
    reason: null,
    records: 0,
    malformed: 0,
    problems: [],
    warnings: [],
    originalBlob: blobId,
    acquiredAt: at.toISOString(),
    acquiredBy: 'First Examiner',
    fileTimes: {},
    importReason: 'received from the field',
  };
  const manifest = {
    case: { id: o.caseId, title: 'Handed on', ref: '', createdAt: at.toISOString() },
    entries: entries.map((e) => canonicalize(e as unknown as JsonObject)),
    checkpoints,
    evidence: [evidence],
    tables: [],
    ocr: [],
    pdfOcr: [],
    blobs: [{ id: blobId, kind: 'original', size: file.length, sha256: hashes.sha256 }],
    ...(o.custodians ? { custodians: o.custodians.map((k) => Buffer.from(k).toString('base64')) } : {}),
  };
  sealPackage(out, { caseId: o.caseId, at, senderSeed: o.secondSigner, senderName: 'Second Examiner', recipientPublicKey: o.recipientPublicKey, manifest, blobs: [file] });
  return { evidenceId };
}
