// Builds a Sakshya case package from scratch, the way an attacker who knows the format would: a fresh
// Ed25519 key of their own that claims a real examiner's name, a custody log they sign themselves, and
// rows that may name any case. Nothing here calls the exporter; only the on-disk formats are shared.
import fs from 'node:fs';
import { createHash, hkdfSync } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
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
} from '../../../shared/custody';
import { BlobWriter } from '../../../electron/node/vault/chunked-aead';

export interface ForgeOptions {
  /** The case the package says it carries (header and manifest). */
  caseId: string;
  /** The case each evidence row names (the attack: a different, existing case). Default: caseId. */
  evidenceCaseId?: string;
  recipientPublicKey: Uint8Array;
  /** The attacker's own 32-byte Ed25519 seed. */
  senderSeed: Uint8Array;
  /** The name the attacker claims (a real examiner's). */
  senderName: string;
  /** The planted file. */
  file: { name: string; bytes: Buffer };
  at: Date;
}

export function freshSeed(): Uint8Array {
  return ed25519.utils.randomSecretKey();
}

export function publicKeyOf(seed: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(seed);
}

/** Writes the forged package to `out`; returns the attacker's key fingerprint and the planted evidence id. */
export function forgePackage(out: string, o: ForgeOptions): { senderFingerprint: string; evidenceId: string } {
  const senderPublic = ed25519.getPublicKey(o.senderSeed);
  const fp = keyFingerprint(senderPublic);
  const examiner = { name: o.senderName, keyFingerprint: fp };
  const evidenceId = 'eforged00001';
  const hashes = {
    md5: createHash('md5').update(o.file.bytes).digest('hex'),
    sha1: createHash('sha1').update(o.file.bytes).digest('hex'),
    sha256: createHash('sha256').update(o.file.bytes).digest('hex'),
  };
  const at = o.at;
  const entries: CustodyEntry[] = [];
  let head = emptyChainHead(o.caseId);
  const inputs: NewEntry[] = [
    { action: 'case.created', examiner, at, details: { title: 'Planted', ref: '' } },
    { action: 'evidence.acquired', examiner, at, details: { evidenceId, name: o.file.name, bytes: o.file.bytes.length, ...hashes } },
  ];
  for (const input of inputs) {
    const r = appendEntry(head, input);
    entries.push(r.entry);
    head = r.head;
  }
  const root = merkleRoot(entries.map((e) => entryLeafHash(e)));
  const checkpoint = signCheckpoint(
    { caseId: o.caseId, treeSize: entries.length, rootHash: toHex(root), at: at.toISOString(), keyFingerprint: fp },
    (m) => ed25519.sign(m, o.senderSeed),
  );
  const blobId = 'bforged00001';
  const evidence = {
    id: evidenceId,
    caseId: o.evidenceCaseId ?? o.caseId,
    parentId: null,
    name: o.file.name,
    sourcePath: o.file.name,
    bytes: o.file.bytes.length,
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
    acquiredBy: o.senderName,
    fileTimes: {},
    importReason: 'received from the field',
  };
  const manifest = {
    case: { id: o.caseId, title: 'Planted', ref: '', createdAt: at.toISOString() },
    entries: entries.map((e) => canonicalize(e as unknown as JsonObject)),
    checkpoints: [checkpoint],
    evidence: [evidence],
    tables: [],
    ocr: [],
    pdfOcr: [],
    blobs: [{ id: blobId, kind: 'original', size: o.file.bytes.length, sha256: hashes.sha256 }],
  };
  sealPackage(out, { caseId: o.caseId, at, senderSeed: o.senderSeed, senderName: o.senderName, recipientPublicKey: o.recipientPublicKey, manifest, blobs: [o.file.bytes] });
  return { senderFingerprint: fp, evidenceId };
}

export interface SealOptions {
  caseId: string;
  at: Date;
  senderSeed: Uint8Array;
  senderName: string;
  recipientPublicKey: Uint8Array;
  manifest: object;
  /** The blobs' bytes, in the manifest's order. */
  blobs: Buffer[];
}

/** Seals a manifest and its blobs for the recipient exactly as the format says (X25519 with a one-time key,
 * HKDF-SHA256), with a header signed by the sender's seed. */
export function sealPackage(out: string, o: SealOptions): void {
  const manifestBuf = Buffer.from(JSON.stringify(o.manifest), 'utf8');
  const senderPublic = ed25519.getPublicKey(o.senderSeed);
  const eph = x25519.utils.randomSecretKey();
  const ephPublic = x25519.getPublicKey(eph);
  const shared = x25519.getSharedSecret(eph, ed25519.utils.toMontgomery(o.recipientPublicKey));
  const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephPublic, o.recipientPublicKey]), 'sakshya-case-package-v1', 32));
  const header: Record<string, unknown> = {
    format: 'sakshya-case-package',
    version: 1,
    caseId: o.caseId,
    createdAt: o.at.toISOString(),
    sender: { name: o.senderName, publicKey: Buffer.from(senderPublic).toString('base64'), fingerprint: keyFingerprint(senderPublic) },
    recipientFingerprint: keyFingerprint(o.recipientPublicKey),
    ephemeralPublicKey: Buffer.from(ephPublic).toString('base64'),
    manifestSha256: createHash('sha256').update(manifestBuf).digest('hex'),
    manifestBytes: manifestBuf.length,
  };
  header.signature = Buffer.from(ed25519.sign(Buffer.from(`sakshya-package/v1\n${canonicalize(header as JsonObject)}`, 'utf8'), o.senderSeed)).toString('base64');
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const body = `${out}.body`;
  const w = new BlobWriter(body, key);
  w.write(manifestBuf);
  for (const b of o.blobs) w.write(b);
  w.close();
  const pre = Buffer.alloc(12);
  Buffer.from('SAKSHYAP', 'ascii').copy(pre);
  pre.writeUInt32BE(headerBuf.length, 8);
  fs.writeFileSync(out, Buffer.concat([pre, headerBuf, fs.readFileSync(body)]));
  fs.rmSync(body);
}
