// Reading a case package: its header (format, case ID, recipient, the sender's signature under the key the
// receiver pinned), its sealed body, the manifest and the custody entries inside, and the blobs, each checked
// against the manifest. Any change in transit fails either the AEAD or a hash; a package sealed for someone
// else is refused before anything is decrypted.
import fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { canonicalize, displayFingerprint, keyFingerprint, type CustodyEntry, type JsonObject } from '../../../shared/custody';
import { isValidCaseId } from '../../../shared/api/ids';
import type { Vault } from '../vault/vault';
import { BlobReader } from '../vault/chunked-aead';
import { examinerSecretSeed, loadExaminer } from '../store/examiner';
import { caseOfEvidence } from '../store/evidence';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import { MAGIC, packageKey, PRELUDE_BYTES, quoted, refuse, signedBytes, type Manifest, type PackageHeader } from './package-format';
import { pinnedSenderKey, type ReceiveOptions } from './package-trust';

function parseJson(text: string, problem: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refuse(problem);
  }
}

const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Evidence and blob ids become file names (redacted-<id>.png) and SQL keys: the API's id format only. */
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface OpenedPackage {
  header: PackageHeader;
  senderKey: Uint8Array;
  senderFingerprint: string;
  /** The decrypted body: the manifest, then every blob in manifest order. Close with closePackage. */
  reader: BlobReader;
  bodyFile: string;
}

/** Checks the header and the sender's signature under the pinned key, then opens the body. */
export function openPackage(vault: Vault, file: string, opts: ReceiveOptions): OpenedPackage {
  const buf = fs.readFileSync(file);
  if (buf.length < PRELUDE_BYTES || !buf.subarray(0, 8).equals(MAGIC)) throw refuse('not a Sakshya case package');
  const hlen = buf.readUInt32BE(8);
  if (PRELUDE_BYTES + hlen > buf.length) throw refuse('its header is damaged');
  let header: PackageHeader;
  try {
    header = JSON.parse(buf.subarray(PRELUDE_BYTES, PRELUDE_BYTES + hlen).toString('utf8')) as PackageHeader;
  } catch {
    throw refuse('its header is damaged');
  }
  if (typeof header !== 'object' || header === null || header.format !== 'sakshya-case-package' || header.version !== 1) throw refuse('unknown package format or version');
  // The ID becomes a database key and, later, a folder name: refuse anything but the one format.
  if (!isValidCaseId(header.caseId)) throw refuse(`its case ID ${quoted(header.caseId)} is not a valid Sakshya case ID`);
  const me = loadExaminer(vault.db)!;
  const myFp = keyFingerprint(me.publicKey, nodeCustodyCrypto);
  if (header.recipientFingerprint !== myFp) {
    throw refuse(`it is sealed for examiner key ${displayFingerprint(String(header.recipientFingerprint))}, not for this vault's key ${displayFingerprint(myFp)}`);
  }
  const senderKey = pinnedSenderKey(vault, header, opts);
  const senderFingerprint = keyFingerprint(senderKey, nodeCustodyCrypto);
  if (header.sender.fingerprint !== senderFingerprint || !nodeCustodyCrypto.verifyEd25519(Buffer.from(String(header.signature ?? ''), 'base64'), signedBytes(header), senderKey)) {
    throw refuse("the sender's signature on the package does not verify (altered in transit?)");
  }
  if (!Number.isSafeInteger(header.manifestBytes) || header.manifestBytes < 0) throw refuse('its header is damaged');
  const seed = examinerSecretSeed(vault.db);
  const shared = x25519.getSharedSecret(ed25519.utils.toMontgomerySecret(seed), Buffer.from(header.ephemeralPublicKey, 'base64'));
  seed.fill(0);
  const key = packageKey(shared, Buffer.from(header.ephemeralPublicKey, 'base64'), me.publicKey);
  const bodyFile = `${file}.${randomBytes(4).toString('hex')}.reading`;
  fs.writeFileSync(bodyFile, buf.subarray(PRELUDE_BYTES + hlen), { mode: 0o600 });
  try {
    return { header, senderKey, senderFingerprint, reader: new BlobReader(bodyFile, key), bodyFile };
  } catch {
    fs.rmSync(bodyFile, { force: true });
    throw refuse('its contents were altered or damaged in transit');
  } finally {
    key.fill(0);
  }
}

export function closePackage(p: OpenedPackage): void {
  p.reader.close();
  fs.rmSync(p.bodyFile, { force: true });
}

/** The manifest (checked against the signed header's hash, and for shape) and its custody entries. */
export function readManifest(p: OpenedPackage): { m: Manifest; entries: CustodyEntry[] } {
  let manifestBuf: Buffer;
  try {
    manifestBuf = p.reader.read(0, p.header.manifestBytes);
  } catch {
    throw refuse('its contents were altered or damaged in transit');
  }
  if (createHash('sha256').update(manifestBuf).digest('hex') !== p.header.manifestSha256) throw refuse('its manifest does not match the signed header');
  const m = parseJson(manifestBuf.toString('utf8'), 'its manifest is not JSON') as Manifest;
  const rows = [m?.checkpoints, m?.evidence, m?.tables, m?.ocr ?? [], m?.pdfOcr ?? [], m?.blobs];
  if (!isObject(m?.case) || !Array.isArray(m.entries) || m.entries.some((e) => typeof e !== 'string') || rows.some((a) => !Array.isArray(a) || !a.every(isObject))) {
    throw refuse('its manifest is malformed');
  }
  if (m.case.id !== p.header.caseId) throw refuse('the case inside is not the one named in the header');
  const entries = m.entries.map((e) => parseJson(e, 'its custody log has an entry that is not JSON') as CustodyEntry);
  if (entries.some((e, i) => !isObject(e) || canonicalize(e as unknown as JsonObject) !== m.entries[i])) throw refuse('its custody log has an entry that is not a canonical JSON object');
  return { m, entries };
}

/** Every row of the package must belong to the package's case and point only at things the package carries. */
export function checkRowsBelong(vault: Vault, m: Manifest, caseId: string, entries: CustodyEntry[]): void {
  const blobIds = new Set(m.blobs.map((b) => b.id));
  if (blobIds.size !== m.blobs.length || m.blobs.some((b) => !ROW_ID.test(String(b.id)))) throw refuse('its blob list has malformed or repeated ids');
  const evidenceIds = new Set<string>();
  for (const e of m.evidence) {
    if (!ROW_ID.test(String(e.id))) throw refuse(`an evidence id ${quoted(e.id)} is not a valid id`);
    if (e.caseId !== caseId) throw refuse(`evidence ${e.id} belongs to case ${quoted(e.caseId)}, not to the package's case ${caseId}`);
    if (evidenceIds.has(e.id)) throw refuse(`evidence ${e.id} is listed twice`);
    if (!blobIds.has(e.originalBlob)) throw refuse(`evidence ${e.id} refers to no original in the package`);
    const elsewhere = caseOfEvidence(vault.db, e.id);
    if (elsewhere !== null && elsewhere !== caseId) throw refuse(`evidence ${e.id} is already in this vault under another case`);
    evidenceIds.add(e.id);
  }
  for (const t of m.tables) {
    if (!evidenceIds.has(t.evidenceId)) throw refuse(`a table refers to evidence ${quoted(t.evidenceId)}, which is not in the package's case ${caseId}`);
    if (t.rowsBlob && !blobIds.has(t.rowsBlob)) throw refuse(`a table of evidence ${t.evidenceId} refers to no blob in the package`);
  }
  for (const o of [...(m.ocr ?? []), ...(m.pdfOcr ?? [])]) {
    if (!evidenceIds.has(o.evidenceId)) throw refuse(`an OCR result refers to evidence ${quoted(o.evidenceId)}, which is not in the package's case ${caseId}`);
    if (!blobIds.has(o.blobId)) throw refuse(`an OCR result of evidence ${o.evidenceId} refers to no blob in the package`);
  }
  // Notes, tags, claims and every other action are custody entries: each names its case.
  const stray = entries.find((e) => e.caseId !== caseId);
  if (stray) throw refuse(`custody entry ${stray.seq} (${quoted(stray.action)}) belongs to case ${quoted(stray.caseId)}, not to the package's case ${caseId}`);
  const stranger = m.checkpoints.find((c) => c.caseId !== caseId);
  if (stranger) throw refuse(`a signed checkpoint belongs to case ${quoted(stranger.caseId)}, not to the package's case ${caseId}`);
}

/**
 * Copies the `needed` blobs into this vault under new ids, checking each against the manifest hash. Ids of the
 * new blob files are pushed to `written` as they are made, so the caller can remove them if anything fails.
 * Returns package blob id → new blob id.
 */
export function copyBlobs(vault: Vault, p: OpenedPackage, m: Manifest, needed: Set<string>, written: string[]): Map<string, string> {
  const newId = new Map<string, string>();
  let offset = p.header.manifestBytes;
  for (const b of m.blobs) {
    if (!needed.has(b.id)) {
      offset += b.size;
      continue;
    }
    const { blobId, writer } = vault.newBlob();
    written.push(blobId);
    const h = createHash('sha256');
    let left = b.size;
    while (left > 0) {
      const part = p.reader.read(offset, Math.min(left, 1 << 20));
      if (part.length === 0) throw refuse('it is truncated');
      h.update(part);
      writer.write(part);
      offset += part.length;
      left -= part.length;
    }
    writer.close();
    if (h.digest('hex') !== b.sha256) throw refuse(`a blob does not match its manifest hash`);
    newId.set(b.id, blobId);
  }
  return newId;
}
