// Verifies a report bundle with nothing but its own files: no vault, no passphrase. Checks the examiner's
// signature on manifest.json with examiner.pub, every listed file's size and SHA-256, that no file is
// missing or added, that the redacted images listed are exactly those report.json names, and that
// custody.jsonl is the log the signed checkpoint in report.json covers.
//
// Naming the culprit: every manifest field can be recomputed from the other files, so when the signature
// fails the verifier can tell whether the manifest (its content disagrees with the files), the public key
// (its hash disagrees) or the signature itself (everything else agrees) was changed.
//
// A key that arrives inside the bundle proves nothing: anyone can re-sign an edited bundle with their own.
// So the reader pins the key (`--key` / `--fingerprint`), and without a pin the result says so. Either way
// the signing key must be the one the bundle's own records name: report.json's examiner and custody
// fingerprints, every custody entry's examiner (or a key recorded in a hand-over), and the fingerprint
// printed in report.pdf (read back with pdf.js, so no other program is needed where reports are checked).
import fs from 'node:fs';
import { PdfReader } from '../ocr/pdf-pages';
import path from 'node:path';
import {
  canonicalize,
  displayFingerprint,
  fromBase64,
  keyFingerprint,
  parsePublicKey,
  verifyCustody,
  type JsonObject,
  type SignedCheckpoint,
} from '../../../shared/custody';
import { BUNDLE_FILES, BUNDLE_FORMAT, BUNDLE_FORMAT_V1, HASHED_FILES, REDACTED_IMAGE_FILE, type BundleManifest } from './bundle-manifest';
import { nodeCustodyCrypto, sha256Hex } from '../vault/node-crypto';

export type VerifyBundleResult =
  | { ok: true; caseId: string; generatedAt: string; keyFingerprint: string; files: string[]; pinned: boolean }
  | { ok: false; file: string; problem: string };

const fail = (file: string, problem: string): VerifyBundleResult => ({ ok: false, file, problem });

export interface VerifyBundleOptions {
  /** The examiner key the reader expects, obtained from the examiner by a separate channel. */
  key?: Uint8Array;
  /** Or that key's fingerprint (`SHA256:<64 hex>`, spaces allowed as printed). */
  fingerprint?: string;
  /** The text of a PDF file. Default: the app's own pdf.js reader (no poppler needed where reports are checked). */
  pdfText?: (file: string) => string | Promise<string>;
}

/** `SHA256:<64 hex>` from the forms people copy: with or without the prefix, spaces or colons. Null if not one. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').replace(/^sha256/i, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? `SHA256:${hex}` : null;
}

/** A PDF's text as pdf.js reads it, in the network-guarded reader thread that PDF import uses. */
async function pdfJsText(file: string): Promise<string> {
  const reader = await PdfReader.open(fs.readFileSync(file));
  try {
    const lines: string[] = [];
    for (let p = 1; p <= reader.pages; p++) lines.push(...(await reader.readPage(p)).lines);
    return lines.join('\n');
  } finally {
    await reader.close();
  }
}

/** Fingerprints the custody log records as hand-overs (the other custodians of a received case). */
function handoverFingerprints(entries: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries as { action?: unknown; details?: Record<string, unknown> }[]) {
    const fp = e.action === 'case.received' ? e.details?.senderFingerprint : e.action === 'case.sent' ? e.details?.recipientFingerprint : undefined;
    if (typeof fp === 'string') out.add(fp);
  }
  return out;
}

function manifestShapeProblem(m: unknown): string | null {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return 'is not a JSON object';
  const r = m as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  if (r.format !== BUNDLE_FORMAT && r.format !== BUNDLE_FORMAT_V1) return `is not a ${BUNDLE_FORMAT} (or ${BUNDLE_FORMAT_V1}) manifest`;
  const v2 = r.format === BUNDLE_FORMAT;
  if (keys !== (v2 ? 'caseId,files,format,generatedAt,items,keyFingerprint' : 'caseId,files,format,generatedAt,keyFingerprint')) return 'has missing or unknown fields';
  if (v2) {
    if (!Array.isArray(r.items)) return 'has no item list';
    for (const i of r.items as unknown[]) {
      const x = i as Record<string, unknown>;
      if (typeof i !== 'object' || i === null || Object.keys(x).sort().join(',') !== 'id,name,sha256') return 'has a malformed item entry';
      if (typeof x.id !== 'string' || typeof x.name !== 'string' || typeof x.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(x.sha256)) return 'has a malformed item entry';
    }
  }
  if (typeof r.caseId !== 'string' || typeof r.generatedAt !== 'string' || typeof r.keyFingerprint !== 'string') return 'has fields of the wrong type';
  if (!Array.isArray(r.files)) return 'has no file list';
  for (const f of r.files as unknown[]) {
    const x = f as Record<string, unknown>;
    if (typeof f !== 'object' || f === null || Object.keys(x).sort().join(',') !== 'bytes,name,sha256') return 'has a malformed file entry';
    if (typeof x.name !== 'string' || !Number.isSafeInteger(x.bytes) || typeof x.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(x.sha256)) {
      return 'has a malformed file entry';
    }
  }
  return null;
}

interface ModelFacts {
  /** report.json's examiner.keyFingerprint and custody.keyFingerprint (either may be absent: null). */
  examinerFingerprint: unknown;
  custodyFingerprint: unknown;
  caseId: string;
  generatedAt: string;
  checkpoint: SignedCheckpoint | null;
  /** "file sha256" of each redacted image the report names. */
  images: string[];
  /** "id sha256 name" of each evidence item report.json lists, in its order. */
  items: string[];
  /** The same, as the manifest lists them. */
  itemList: { id: string; name: string; sha256: string }[];
}

function modelFacts(bytes: Buffer): ModelFacts | null {
  try {
    const m = JSON.parse(bytes.toString('utf8')) as {
      case?: { id?: unknown };
      generatedAt?: unknown;
      examiner?: { keyFingerprint?: unknown };
      custody?: { checkpoint?: unknown; keyFingerprint?: unknown };
      images?: unknown;
      evidence?: unknown;
    };
    if (typeof m.case?.id !== 'string' || typeof m.generatedAt !== 'string') return null;
    // Reports from before images were added have no list: they name none.
    const images = Array.isArray(m.images) ? (m.images as { file?: unknown; pngSha256?: unknown }[]).map((i) => `${String(i.file)} ${String(i.pngSha256)}`) : [];
    const itemList = Array.isArray(m.evidence) ? (m.evidence as { id?: unknown; name?: unknown; sha256?: unknown }[]).map((e) => ({ id: String(e.id), name: String(e.name), sha256: String(e.sha256) })) : [];
    return {
      items: itemList.map((i) => `${i.id} ${i.sha256} ${i.name}`),
      itemList,
      examinerFingerprint: m.examiner?.keyFingerprint ?? null,
      custodyFingerprint: m.custody?.keyFingerprint ?? null,
      caseId: m.case.id,
      generatedAt: m.generatedAt,
      checkpoint: (m.custody?.checkpoint ?? null) as SignedCheckpoint | null, images };
  } catch {
    return null;
  }
}

export async function verifyReportBundle(dir: string, opts: VerifyBundleOptions = {}): Promise<VerifyBundleResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return fail(dir, 'is not a folder');
  const present = fs.readdirSync(dir).sort();
  const fixed = [...HASHED_FILES, BUNDLE_FILES.manifest, BUNDLE_FILES.signature];
  for (const name of fixed) if (!present.includes(name)) return fail(name, 'is missing from the bundle');
  // Redacted images are optional files; whether each belongs is settled once the manifest is read.
  const extra = present.find((n) => !(fixed as readonly string[]).includes(n) && !REDACTED_IMAGE_FILE.test(n));
  if (extra !== undefined) return fail(extra, 'is not part of the signed bundle (extra file)');
  const read = (name: string): Buffer => fs.readFileSync(path.join(dir, name));

  // 1. The public key and the signature must at least be well-formed.
  const pubBytes = read(BUNDLE_FILES.publicKey);
  let publicKey: Uint8Array;
  try {
    publicKey = parsePublicKey(pubBytes.toString('utf8')).publicKey;
  } catch (e) {
    return fail(BUNDLE_FILES.publicKey, `is not a valid examiner public key: ${(e as Error).message}`);
  }
  const signer = keyFingerprint(publicKey);
  // The reader's pin comes first: a bundle signed by anyone else fails here, whatever else it says.
  const pinnedFp = opts.key ? keyFingerprint(opts.key) : opts.fingerprint !== undefined ? normaliseFingerprint(opts.fingerprint) : null;
  if (opts.fingerprint !== undefined && !opts.key && pinnedFp === null) return fail('--fingerprint', 'is not a key fingerprint (SHA256: and 64 hex digits)');
  if (pinnedFp !== null && signer !== pinnedFp) {
    return fail(BUNDLE_FILES.publicKey, `is not the key you pinned: the bundle carries key ${displayFingerprint(signer)}, you expected ${displayFingerprint(pinnedFp)}`);
  }
  const sigText = read(BUNDLE_FILES.signature).toString('utf8');
  let signature: Uint8Array;
  try {
    if (!/^[A-Za-z0-9+/]{86}==\n?$/.test(sigText)) throw new Error('not base64 of 64 bytes');
    signature = fromBase64(sigText.trim());
  } catch {
    return fail(BUNDLE_FILES.signature, 'is not a base64 Ed25519 signature (64 bytes)');
  }

  // 2. The manifest must be canonical JSON of the expected shape (so no byte of it is unchecked).
  const manifestBytes = read(BUNDLE_FILES.manifest);
  let manifest: BundleManifest;
  try {
    const parsed: unknown = JSON.parse(manifestBytes.toString('utf8'));
    const problem = manifestShapeProblem(parsed);
    if (problem) return fail(BUNDLE_FILES.manifest, problem);
    if (canonicalize(parsed) !== manifestBytes.toString('utf8')) return fail(BUNDLE_FILES.manifest, 'is not in canonical form (it was edited)');
    manifest = parsed as BundleManifest;
  } catch {
    return fail(BUNDLE_FILES.manifest, 'is not valid JSON');
  }
  const listed = manifest.files.map((f) => f.name).sort();
  const listedImages = listed.filter((n) => REDACTED_IMAGE_FILE.test(n));
  if (new Set(listed).size !== listed.length || listed.filter((n) => !REDACTED_IMAGE_FILE.test(n)).join('\n') !== [...HASHED_FILES].sort().join('\n')) {
    return fail(BUNDLE_FILES.manifest, 'does not list exactly the bundle files');
  }
  for (const name of listedImages) if (!present.includes(name)) return fail(name, 'is missing from the bundle');
  const unlisted = present.find((n) => REDACTED_IMAGE_FILE.test(n) && !listedImages.includes(n));
  if (unlisted !== undefined) return fail(unlisted, 'is not part of the signed bundle (extra file)');
  const expected = [...HASHED_FILES, ...listedImages, BUNDLE_FILES.manifest, BUNDLE_FILES.signature];

  // 3. Compare every listed file with the manifest, before judging the signature.
  const mismatched = manifest.files.find((f) => {
    const b = read(f.name);
    return b.length !== f.bytes || sha256Hex(b) !== f.sha256;
  });
  const facts = modelFacts(read(BUNDLE_FILES.model));
  const signed = nodeCustodyCrypto.verifyEd25519(signature, manifestBytes, publicKey);
  if (!signed) {
    // An altered key changes its own hash; an altered manifest disagrees with some file (or names another
    // fingerprint than the key file it lists by hash); otherwise the manifest matches everything and only
    // the signature can be at fault.
    // First: the manifest recomputed from the files. If the signature covers that, every file is as signed
    // and only the manifest was changed (even where the change is in the key file's own hash entry).
    if (facts) {
      const recomputed: BundleManifest = {
        ...manifest,
        caseId: facts.caseId,
        generatedAt: facts.generatedAt,
        keyFingerprint: keyFingerprint(publicKey),
        files: manifest.files.map((f) => {
          const b = read(f.name);
          return { name: f.name, bytes: b.length, sha256: sha256Hex(b) };
        }),
        ...(manifest.items ? { items: facts.itemList } : {}),
      };
      if (nodeCustodyCrypto.verifyEd25519(signature, Buffer.from(canonicalize(recomputed as unknown as JsonObject), 'utf8'), publicKey)) {
        return fail(BUNDLE_FILES.manifest, 'was altered: the signature does not cover this content');
      }
    }
    if (mismatched?.name === BUNDLE_FILES.publicKey) return fail(BUNDLE_FILES.publicKey, 'is not the key that signed this bundle');
    if (mismatched || keyFingerprint(publicKey) !== manifest.keyFingerprint || !facts || facts.caseId !== manifest.caseId || facts.generatedAt !== manifest.generatedAt) {
      return fail(BUNDLE_FILES.manifest, 'was altered: the signature does not cover this content');
    }
    return fail(BUNDLE_FILES.signature, 'does not verify: the signature was altered or made with another key');
  }
  if (mismatched) return fail(mismatched.name, 'was altered: its SHA-256 does not match the signed manifest');
  if (keyFingerprint(publicKey) !== manifest.keyFingerprint) return fail(BUNDLE_FILES.publicKey, 'is not the key named in the manifest');
  if (!facts || facts.caseId !== manifest.caseId || facts.generatedAt !== manifest.generatedAt) {
    return fail(BUNDLE_FILES.model, 'does not describe the case and time the manifest names');
  }
  const imageHashes = manifest.files.filter((f) => REDACTED_IMAGE_FILE.test(f.name)).map((f) => `${f.name} ${f.sha256}`).sort();
  if (facts.images.slice().sort().join('\n') !== imageHashes.join('\n')) {
    return fail(BUNDLE_FILES.model, 'does not name the same redacted images as the manifest');
  }

  // The items the signed manifest names are exactly those the report describes (a report may cover some of
  // the case's items: the reader sees which, and cannot be shown a report of others under this signature).
  if (manifest.items) {
    const listedItems = manifest.items.map((i) => `${i.id} ${i.sha256} ${i.name}`);
    if (listedItems.join('\n') !== facts.items.join('\n')) return fail(BUNDLE_FILES.model, 'does not describe the same evidence items as the manifest');
  }

  // 4. The custody log must be the one the signed checkpoint covers (signed files, so this catches a
  //    bundle assembled from mismatched parts rather than tampering after signing).
  const lines = read(BUNDLE_FILES.custody).toString('utf8').split('\n').filter((l) => l !== '');
  let entries: unknown[];
  try {
    entries = lines.map((l) => JSON.parse(l) as unknown);
  } catch {
    return fail(BUNDLE_FILES.custody, 'has a line that is not JSON');
  }
  if (facts.checkpoint) {
    const r = verifyCustody({ entries, checkpoints: [facts.checkpoint], publicKey, caseId: manifest.caseId, crypto: nodeCustodyCrypto });
    if (!r.ok) return fail(BUNDLE_FILES.custody, `does not match the signed checkpoint: ${r.firstBad.problem}`);
  } else if (entries.length > 0) {
    return fail(BUNDLE_FILES.model, 'has no signed checkpoint for a non-empty custody log');
  }

  // 5. Every record in the bundle must name the signing key: report.json, the custody entries (or a
  //    recorded hand-over), and the fingerprint printed in the PDF the reader will actually look at.
  for (const [what, fp] of [['examiner key fingerprint', facts.examinerFingerprint], ['custody key fingerprint', facts.custodyFingerprint]] as const) {
    if (fp !== signer) return fail(BUNDLE_FILES.model, `names ${what} ${displayFingerprint(String(fp))}, but the bundle is signed by ${displayFingerprint(signer)}`);
  }
  const handovers = handoverFingerprints(entries);
  const stranger = (entries as { seq?: unknown; examiner?: { keyFingerprint?: unknown } }[]).find((e) => e.examiner?.keyFingerprint !== signer && !handovers.has(String(e.examiner?.keyFingerprint)));
  if (stranger) {
    return fail(
      BUNDLE_FILES.custody,
      `entry ${String(stranger.seq)} is by examiner key ${displayFingerprint(String(stranger.examiner?.keyFingerprint))}, which neither signed the bundle (${displayFingerprint(signer)}) nor is recorded in a hand-over`,
    );
  }
  let text: string;
  try {
    text = await (opts.pdfText ?? pdfJsText)(path.join(dir, BUNDLE_FILES.pdf));
  } catch {
    return fail(BUNDLE_FILES.pdf, 'cannot be read back to check the key fingerprint printed in it (not a readable PDF)');
  }
  const printed = new Set([...text.replace(/\s+/g, '').matchAll(/SHA256:([0-9a-f]{64})/g)].map((x) => `SHA256:${x[1]}`));
  if (!printed.has(signer)) {
    const other = [...printed].find((fp) => !handovers.has(fp));
    return fail(BUNDLE_FILES.pdf, `does not print the signing key ${displayFingerprint(signer)}${other ? `; it prints ${displayFingerprint(other)}` : ''}`);
  }
  const foreign = [...printed].find((fp) => fp !== signer && !handovers.has(fp));
  if (foreign) return fail(BUNDLE_FILES.pdf, `prints key fingerprint ${displayFingerprint(foreign)}, which neither signed the bundle nor is recorded in a hand-over`);
  return { ok: true, caseId: manifest.caseId, generatedAt: manifest.generatedAt, keyFingerprint: manifest.keyFingerprint, files: expected, pinned: pinnedFp !== null };
}
