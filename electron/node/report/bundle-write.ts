// Writes a report bundle: the PDF and, beside it, the machine-readable facts, the custody log, a manifest
// of SHA-256 hashes, the examiner's signature on the manifest and the public key to check it with.
import path from 'node:path';
import { canonicalize, formatPublicKey, keyFingerprint, type CustodyEntry } from '../../../shared/custody';
import type { ReportModel } from '../../../shared/report';
import { BUNDLE_FILES, BUNDLE_FORMAT, HASHED_FILES, REDACTED_IMAGE_FILE, type BundleManifest } from './bundle-manifest';
import { sha256Hex } from '../vault/node-crypto';
import { makePrivateDir, writePrivateFile } from '../private-files';

export interface BundleInput {
  pdf: Uint8Array;
  model: ReportModel;
  custody: readonly CustodyEntry[];
  /** Redacted images by file name (redacted-<evidenceId>.png), as the model's images name them. */
  images?: ReadonlyMap<string, Uint8Array>;
  publicKey: Uint8Array;
  sign: (message: Uint8Array) => Uint8Array;
}

export interface WrittenBundle {
  dir: string;
  manifest: BundleManifest;
  /** SHA-256 of manifest.json's bytes: one value that identifies the whole bundle. */
  manifestSha256: string;
  files: string[];
}

/** custody.jsonl: one RFC 8785 entry per line, exactly the bytes that were hashed into the chain. */
export function custodyJsonl(entries: readonly CustodyEntry[]): string {
  let out = '';
  for (const e of entries) out += `${canonicalize(e)}\n`;
  return out;
}

export function writeBundle(dir: string, x: BundleInput): WrittenBundle {
  makePrivateDir(dir);
  const images = [...(x.images ?? new Map<string, Uint8Array>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name] of images) if (!REDACTED_IMAGE_FILE.test(name)) throw new Error(`Not a redacted-image file name: ${JSON.stringify(name)}`);
  const contents: Record<string, Buffer> = {
    [BUNDLE_FILES.pdf]: Buffer.from(x.pdf),
    [BUNDLE_FILES.model]: Buffer.from(`${JSON.stringify(x.model, null, 2)}\n`, 'utf8'),
    [BUNDLE_FILES.custody]: Buffer.from(custodyJsonl(x.custody), 'utf8'),
    [BUNDLE_FILES.publicKey]: Buffer.from(`${formatPublicKey(x.publicKey, x.model.examiner.name.replace(/[\u0000-\u001f\u007f]/g, ' '))}\n`, 'utf8'),
    ...Object.fromEntries(images.map(([name, png]) => [name, Buffer.from(png)])),
  };
  const hashed = [...HASHED_FILES, ...images.map(([name]) => name)];
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    caseId: x.model.case.id,
    generatedAt: x.model.generatedAt,
    keyFingerprint: keyFingerprint(x.publicKey),
    files: hashed.map((name) => ({ name, bytes: contents[name]!.length, sha256: sha256Hex(contents[name]!) })),
    items: x.model.evidence.map((e) => ({ id: e.id, name: e.name, sha256: e.sha256 })),
  };
  const manifestBytes = Buffer.from(canonicalize(manifest), 'utf8');
  const signature = Buffer.from(x.sign(manifestBytes)).toString('base64');
  for (const name of hashed) writePrivateFile(path.join(dir, name), contents[name]!);
  writePrivateFile(path.join(dir, BUNDLE_FILES.manifest), manifestBytes);
  writePrivateFile(path.join(dir, BUNDLE_FILES.signature), `${signature}\n`);
  return { dir, manifest, manifestSha256: sha256Hex(manifestBytes), files: [...hashed, BUNDLE_FILES.manifest, BUNDLE_FILES.signature] };
}
