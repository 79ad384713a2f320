// Custody transfer: a case (evidence originals and row stores, its custody log, notes) sealed for another
// examiner's public key, and received into their vault.
//
// Package layout: magic "SAKSHYAP" | u32 header length | header JSON | body (a Sakshya chunked blob).
// The body key comes from X25519 between a one-time key and the recipient's Ed25519 key (converted to its
// Montgomery form), through HKDF; the sender's Ed25519 key signs the header, which carries the SHA-256 of
// the manifest, and the manifest carries the SHA-256 of every blob. Any change in transit fails either the
// AEAD or a hash; a package sealed for someone else is refused before anything is decrypted.
//
// Who sent it is decided by the receiver, not the package: the signing key must be the one given with
// `--from` or one the investigator pinned as a trusted examiner (trusted-keys.ts). Every row (evidence,
// tables, OCR results, custody entries and checkpoints) must belong to the package's case, whose ID must
// have the one valid format; a package for a case already in the vault must extend that case's log.
import fs from 'node:fs';
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import type { Database } from 'sql.js';
import {
  canonicalize,
  consistencyProof,
  displayFingerprint,
  entryLeafHash,
  keyFingerprint,
  merkleRoot,
  verifyConsistency,
  verifyCustody,
  type CustodyEntry,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { isValidCaseId, quoteId } from '../../../shared/api/ids';
import { SakshyaError } from '../../../shared/api/errors';
import type { Vault } from '../vault/vault';
import { BlobReader, BlobWriter } from '../vault/chunked-aead';
import { examinerSecretSeed, loadExaminer, signWithExaminerKey } from '../store/examiner';
import { getCase, hasCase, insertCaseRecord } from '../store/cases';
import { appendEvent } from '../store/events';
import { caseOfEvidence, listEvidence, listTables, insertEvidence, insertTable, insertBlob, rowIndexOf, type EvidenceRecord, type TableRecord } from '../store/evidence';
import { imageOcrOf, insertImageOcr } from '../store/ocr';
import type { RowIndexEntry } from '../ingest/evidence-sink';
import { insertPdfOcrRow, listPdfOcr, type PdfOcrRow } from '../ingest/pdf-ingest';
import { readCheckpoints, readRawEntries, storeReceived } from '../store/custody-log';
import { nodeCustodyCrypto } from '../vault/node-crypto';
import { addTrustedKey, trustedExaminerKey, trustedKeys } from '../store/trusted-keys';
import { TOOL_VERSION } from '../version';

const MAGIC = Buffer.from('SAKSHYAP', 'ascii');

interface PackageHeader {
  format: 'sakshya-case-package';
  version: 1;
  caseId: string;
  createdAt: string;
  sender: { name: string; publicKey: string; fingerprint: string };
  recipientFingerprint: string;
  ephemeralPublicKey: string;
  manifestSha256: string;
  manifestBytes: number;
  signature?: string;
}

interface Manifest {
  case: { id: string; title: string; ref: string; createdAt: string };
  entries: string[];
  checkpoints: SignedCheckpoint[];
  evidence: EvidenceRecord[];
  tables: (TableRecord & { index: RowIndexEntry[] })[];
  ocr: { evidenceId: string; blobId: string; confidence: number; width: number; height: number }[];
  /** OCR results of scanned PDF pages (absent from packages made before PDFs were read). */
  pdfOcr?: PdfOcrRow[];
  blobs: { id: string; kind: 'original' | 'rows' | 'ocr'; size: number; sha256: string }[];
}

function ocrRows(db: Database, evidenceIds: string[]): Manifest['ocr'] {
  const out: Manifest['ocr'] = [];
  for (const id of evidenceIds) {
    const r = imageOcrOf(db, id);
    if (r) out.push(r);
  }
  return out;
}

function packageKey(shared: Uint8Array, eph: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([eph, recipient]), 'sakshya-case-package-v1', 32));
}

function signedBytes(h: PackageHeader): Buffer {
  const { signature: _s, ...rest } = h;
  return Buffer.from(`sakshya-package/v1\n${canonicalize(rest as unknown as JsonObject)}`, 'utf8');
}

export async function exportCase(vault: Vault, caseId: string, recipientKey: Uint8Array, outFile: string, now: Date): Promise<{ bytes: number; sha256: string; recipientFingerprint: string }> {
  const c = getCase(vault.db, caseId);
  const me = loadExaminer(vault.db)!;
  const recipientFingerprint = keyFingerprint(recipientKey, nodeCustodyCrypto);
  // The handover is on the sender's record before the log is copied, so the package carries it too.
  vault.transaction((db) =>
    appendEvent(db, { caseId, action: 'case.sent', at: now, details: { recipientFingerprint, tool: TOOL_VERSION } }),
  );
  const evidence = listEvidence(vault.db, caseId);
  const tables = evidence.flatMap((e) => listTables(vault.db, e.id).map((t) => ({ ...t, index: rowIndexOf(vault.db, e.id, t.name) })));
  const ocr = ocrRows(vault.db, evidence.map((e) => e.id));
  const pdfOcr = evidence.flatMap((e) => listPdfOcr(vault.db, e.id));
  const originals = new Set(evidence.map((e) => e.originalBlob));
  const blobIds: { id: string; kind: 'original' | 'rows' | 'ocr' }[] = [
    ...evidence.map((e) => ({ id: e.originalBlob, kind: 'original' as const })),
    // A CSV's rows are read in place from its original: that blob is sent once.
    ...tables.filter((t) => t.rowsBlob && !originals.has(t.rowsBlob)).map((t) => ({ id: t.rowsBlob!, kind: 'rows' as const })),
    ...ocr.map((o) => ({ id: o.blobId, kind: 'ocr' as const })),
    ...pdfOcr.map((o) => ({ id: o.blobId, kind: 'ocr' as const })),
  ];
  const blobs: Manifest['blobs'] = [];
  for (const b of blobIds) {
    const r = vault.openBlob(b.id);
    const h = createHash('sha256');
    for (const chunk of r.stream()) h.update(chunk);
    blobs.push({ ...b, size: r.size, sha256: h.digest('hex') });
    r.close();
  }
  const manifest: Manifest = { case: c, entries: readRawEntries(vault.db, caseId), checkpoints: readCheckpoints(vault.db, caseId), evidence, tables, ocr, pdfOcr, blobs };
  const manifestBuf = Buffer.from(JSON.stringify(manifest), 'utf8');
  const ephSecret = x25519.utils.randomSecretKey();
  const ephPublic = x25519.getPublicKey(ephSecret);
  const recipientX = ed25519.utils.toMontgomery(recipientKey);
  const shared = x25519.getSharedSecret(ephSecret, recipientX);
  const key = packageKey(shared, ephPublic, recipientKey);
  ephSecret.fill(0);
  shared.fill(0);
  const header: PackageHeader = {
    format: 'sakshya-case-package',
    version: 1,
    caseId,
    createdAt: now.toISOString(),
    sender: { name: me.name, publicKey: me.publicKey.toString('base64'), fingerprint: keyFingerprint(me.publicKey, nodeCustodyCrypto) },
    recipientFingerprint,
    ephemeralPublicKey: Buffer.from(ephPublic).toString('base64'),
    manifestSha256: createHash('sha256').update(manifestBuf).digest('hex'),
    manifestBytes: manifestBuf.length,
  };
  header.signature = signWithExaminerKey(vault.db, signedBytes(header)).toString('base64');
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(12);
  MAGIC.copy(pre);
  pre.writeUInt32BE(headerBuf.length, 8);
  const tmp = `${outFile}.partial`;
  fs.writeFileSync(tmp, Buffer.concat([pre, headerBuf]), { mode: 0o600 });
  const bodyFile = `${outFile}.body.partial`;
  const w = new BlobWriter(bodyFile, key);
  try {
    w.write(manifestBuf);
    for (const b of blobs) {
      const r = vault.openBlob(b.id);
      for (const chunk of r.stream()) w.write(chunk);
      r.close();
    }
    w.close();
    fs.appendFileSync(tmp, fs.readFileSync(bodyFile));
    fs.renameSync(tmp, outFile);
  } finally {
    key.fill(0);
    fs.rmSync(bodyFile, { force: true });
    fs.rmSync(tmp, { force: true });
  }
  const sha256 = createHash('sha256').update(fs.readFileSync(outFile)).digest('hex');
  return { bytes: fs.statSync(outFile).size, sha256, recipientFingerprint };
}

function refuse(msg: string): SakshyaError {
  return new SakshyaError('VERIFY_FAILED', `Package refused: ${msg}. Nothing was imported.`);
}

/** Untrusted text from a package, safe to put in a message (JSON-escaped, control characters shown, cut short). */
const quoted = (v: unknown): string => quoteId(v);

function parseJson(text: string, problem: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refuse(problem);
  }
}

/** Evidence and blob ids become file names (redacted-<id>.png) and SQL keys: the API's id format only. */
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ReceiveOptions {
  /** The sender's public key as the receiver got it by their own channel (`--from`). Without it, the
   * package's signing key must already be in this vault's trusted examiners (trusted-keys.ts). */
  senderKey?: Uint8Array;
}

/**
 * The sender key this vault accepts for the package: the one given with --from, or a pinned trusted
 * examiner's. The key inside the package only names which one it claims to be.
 */
function pinnedSenderKey(vault: Vault, header: PackageHeader, opts: ReceiveOptions): Uint8Array {
  let claimed: string;
  try {
    const k = new Uint8Array(Buffer.from(String(header.sender?.publicKey ?? ''), 'base64'));
    if (k.length !== 32) throw new Error('bad key');
    claimed = keyFingerprint(k, nodeCustodyCrypto);
  } catch {
    throw refuse('its header names no valid sender key');
  }
  const who = `${displayFingerprint(claimed)} (claims to be ${quoted(header.sender?.name)})`;
  if (opts.senderKey) {
    const pinned = keyFingerprint(opts.senderKey, nodeCustodyCrypto);
    if (pinned !== claimed) throw refuse(`sender key not trusted: it is signed by ${who}, not by the key given with --from (${displayFingerprint(pinned)})`);
    return opts.senderKey;
  }
  const key = trustedExaminerKey(vault.db, claimed);
  if (!key) {
    throw refuse(
      `sender key not trusted: it is signed by ${who}, which is not among this vault's trusted examiners. ` +
        'Check that fingerprint with the sender by a separate channel (telephone, letter), then receive with --from KEYFILE or run `sakshya examiner trust KEYFILE` first',
    );
  }
  return key;
}

/** Every row of the package must belong to the package's case and point only at things the package carries. */
function checkRowsBelong(vault: Vault, m: Manifest, caseId: string, entries: CustodyEntry[]): void {
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
 * A package for a case this vault already holds is accepted only when its log extends this vault's log of
 * that case: same first entry, and the existing tree of n entries is a prefix of the package's tree
 * (checked with an RFC 6962 §2.1.2 consistency proof between the two roots). Returns n.
 */
function checkExtends(existingRaw: string[], entries: CustodyEntry[], caseId: string): number {
  const n = existingRaw.length;
  const existing = existingRaw.map((r) => JSON.parse(r) as CustodyEntry);
  const sameAt = (i: number) => canonicalize(existing[i] as unknown as JsonObject) === canonicalize(entries[i] as unknown as JsonObject);
  const isPrefix = entries.length <= n && entries.every((_, i) => sameAt(i));
  if (isPrefix) throw new SakshyaError('CONFLICT', `Case ${caseId} is already in this vault and the package adds nothing to its log. Nothing was imported.`);
  if (n > 0 && !sameAt(0)) throw refuse(`case ${caseId} is already in this vault with a different first custody entry (another case under the same ID)`);
  const oldLeaves = existing.map((e) => entryLeafHash(e, nodeCustodyCrypto));
  const newLeaves = entries.map((e) => entryLeafHash(e, nodeCustodyCrypto));
  const proof = entries.length > n ? consistencyProof(newLeaves, n, entries.length, nodeCustodyCrypto) : [];
  const consistent =
    entries.length > n && verifyConsistency(n, entries.length, proof, merkleRoot(oldLeaves, nodeCustodyCrypto), merkleRoot(newLeaves, nodeCustodyCrypto), nodeCustodyCrypto);
  if (!consistent) throw refuse(`its custody log of case ${caseId} does not extend the log this vault holds (${n} entries): the logs have forked`);
  return n;
}

export async function receiveCase(
  vault: Vault,
  file: string,
  now: Date,
  opts: ReceiveOptions = {},
): Promise<{ caseId: string; title: string; evidence: number; entries: number; sender: string; senderFingerprint: string; extended: boolean }> {
  const buf = fs.readFileSync(file);
  if (buf.length < 12 || !buf.subarray(0, 8).equals(MAGIC)) throw refuse('not a Sakshya case package');
  const hlen = buf.readUInt32BE(8);
  if (12 + hlen > buf.length) throw refuse('its header is damaged');
  let header: PackageHeader;
  try {
    header = JSON.parse(buf.subarray(12, 12 + hlen).toString('utf8')) as PackageHeader;
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
  fs.writeFileSync(bodyFile, buf.subarray(12 + hlen), { mode: 0o600 });
  let reader: BlobReader;
  try {
    reader = new BlobReader(bodyFile, key);
  } catch {
    fs.rmSync(bodyFile, { force: true });
    throw refuse('its contents were altered or damaged in transit');
  } finally {
    key.fill(0);
  }
  const written: string[] = [];
  try {
    let manifestBuf: Buffer;
    try {
      manifestBuf = reader.read(0, header.manifestBytes);
    } catch {
      throw refuse('its contents were altered or damaged in transit');
    }
    if (createHash('sha256').update(manifestBuf).digest('hex') !== header.manifestSha256) throw refuse('its manifest does not match the signed header');
    const m = parseJson(manifestBuf.toString('utf8'), 'its manifest is not JSON') as Manifest;
    const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
    const rows = [m?.checkpoints, m?.evidence, m?.tables, m?.ocr ?? [], m?.pdfOcr ?? [], m?.blobs];
    if (!isObject(m?.case) || !Array.isArray(m.entries) || m.entries.some((e) => typeof e !== 'string') || rows.some((a) => !Array.isArray(a) || !a.every(isObject))) {
      throw refuse('its manifest is malformed');
    }
    if (m.case.id !== header.caseId) throw refuse('the case inside is not the one named in the header');
    const caseId = header.caseId;
    const entries = m.entries.map((e) => parseJson(e, 'its custody log has an entry that is not JSON') as CustodyEntry);
    if (entries.some((e, i) => !isObject(e) || canonicalize(e as unknown as JsonObject) !== m.entries[i])) throw refuse('its custody log has an entry that is not a canonical JSON object');
    checkRowsBelong(vault, m, caseId, entries);
    const exists = hasCase(vault.db, caseId);
    const known = exists ? checkExtends(readRawEntries(vault.db, caseId), entries, caseId) : 0;
    // The log may carry checkpoints this vault signed (a case coming back) and, for a case already here,
    // those of custodians it was received from before; never a key that only the package vouches for.
    const keys = [senderKey, me.publicKey, ...(exists ? trustedKeys(vault.db, caseId) : [])];
    const v = verifyCustody({ entries, checkpoints: m.checkpoints, publicKey: keys, caseId, crypto: nodeCustodyCrypto });
    if (!v.ok) throw refuse(`its custody log does not verify (entry ${v.firstBad.seq ?? v.firstBad.index}: ${v.firstBad.problem})`);
    const acquired = new Map(entries.filter((e) => e.action === 'evidence.acquired').map((e) => [String(e.details.evidenceId), e.details]));
    for (const e of m.evidence) {
      const a = acquired.get(e.id);
      const blob = m.blobs.find((x) => x.id === e.originalBlob);
      if (!a || !blob || a.sha256 !== blob.sha256 || a.sha256 !== e.sha256) throw refuse(`evidence ${e.id} does not match its signed acquisition entry`);
    }
    // For a case already here, evidence this vault holds stays as it is; only what is new is copied.
    const held = new Map(exists ? listEvidence(vault.db, caseId).map((e) => [e.id, e]) : []);
    for (const e of m.evidence) {
      const h = held.get(e.id);
      if (h && h.sha256 !== e.sha256) throw refuse(`evidence ${e.id} differs from the copy this vault holds`);
    }
    const fresh = m.evidence.filter((e) => !held.has(e.id));
    const freshIds = new Set(fresh.map((e) => e.id));
    const tables = m.tables.filter((t) => freshIds.has(t.evidenceId));
    const ocr = (m.ocr ?? []).filter((o) => freshIds.has(o.evidenceId));
    const pdfOcr = (m.pdfOcr ?? []).filter((o) => freshIds.has(o.evidenceId));
    const needed = new Set([...fresh.map((e) => e.originalBlob), ...tables.flatMap((t) => (t.rowsBlob ? [t.rowsBlob] : [])), ...ocr.map((o) => o.blobId), ...pdfOcr.map((o) => o.blobId)]);
    // Copy every blob into this vault under new ids, checking each against the manifest and, for originals,
    // against the signed acquisition entry.
    const newId = new Map<string, string>();
    let offset = header.manifestBytes;
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
        const part = reader.read(offset, Math.min(left, 1 << 20));
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
    const lastTree = exists ? Math.max(0, ...readCheckpoints(vault.db, caseId).map((c) => c.treeSize)) : 0;
    vault.transaction((db) => {
      if (!exists) insertCaseRecord(db, { id: caseId, title: m.case.title, ref: m.case.ref, createdAt: m.case.createdAt });
      const received = m.entries.map((raw, i) => ({ raw, entry: entries[i]! })).slice(known);
      storeReceived(db, caseId, received, m.checkpoints.filter((cp) => !exists || cp.treeSize > lastTree));
      for (const b of m.blobs) if (newId.has(b.id)) insertBlob(db, newId.get(b.id)!, b.kind, b.size);
      for (const e of fresh) insertEvidence(db, { ...e, originalBlob: newId.get(e.originalBlob)! });
      for (const t of tables) insertTable(db, { ...t, rowsBlob: t.rowsBlob ? newId.get(t.rowsBlob)! : null }, t.index);
      for (const o of ocr) {
        insertImageOcr(db, { ...o, blobId: newId.get(o.blobId)! });
      }
      for (const o of pdfOcr) insertPdfOcrRow(db, { ...o, blobId: newId.get(o.blobId)! });
      addTrustedKey(db, caseId, senderKey);
      appendEvent(db, {
        caseId,
        action: 'case.received',
        at: now,
        details: {
          senderName: String(header.sender.name),
          senderFingerprint,
          pinnedBy: opts.senderKey ? 'from-key' : 'trusted-examiner',
          sentAt: String(header.createdAt),
          evidence: m.evidence.length,
          entries: entries.length,
          ...(exists ? { extendsEntries: known } : {}),
          tool: TOOL_VERSION,
        },
      });
    });
    written.length = 0;
    return { caseId, title: exists ? getCase(vault.db, caseId).title : m.case.title, evidence: m.evidence.length, entries: entries.length, sender: String(header.sender.name), senderFingerprint, extended: exists };
  } finally {
    reader.close();
    fs.rmSync(bodyFile, { force: true });
    for (const id of written) fs.rmSync(vault.blobPath(id), { force: true });
  }
}
