// The vault header: the only file readable without the passphrase. It holds no personal data: the vault id,
// the KDF parameters and salt, and the wrapped vault key. Layout:
//   magic "SAKSHYAV" (8) | format version u16 BE | body length u32 BE | body (UTF-8 JSON) | SHA-256 of all preceding bytes
// The checksum catches any damaged byte (so a flipped salt is reported as damage, not as a wrong passphrase);
// the wrapped key is authenticated by AES-GCM with the vault id as associated data.
import { createHash } from 'node:crypto';
import { kdfParamsAcceptable, type KdfParams } from './kdf';
import { corrupt, HEADER_FILE, tooNew, VAULT_FORMAT_VERSION } from './format';

const MAGIC = Buffer.from('SAKSHYAV', 'ascii');

export interface VaultHeader {
  vaultId: string;
  createdAt: string;
  createdBy: string; // tool version that created the vault
  kdf: KdfParams;
  wrappedKey: { nonce: string; sealed: string }; // base64
}

export function encodeHeader(h: VaultHeader): Buffer {
  const body = Buffer.from(JSON.stringify(h), 'utf8');
  const pre = Buffer.alloc(14);
  MAGIC.copy(pre, 0);
  pre.writeUInt16BE(VAULT_FORMAT_VERSION, 8);
  pre.writeUInt32BE(body.length, 10);
  const head = Buffer.concat([pre, body]);
  return Buffer.concat([head, createHash('sha256').update(head).digest()]);
}

export function decodeHeader(buf: Buffer): VaultHeader {
  if (buf.length < 14 + 32 || !buf.subarray(0, 8).equals(MAGIC)) {
    throw corrupt(HEADER_FILE, 'not a Sakshya vault header');
  }
  const head = buf.subarray(0, buf.length - 32);
  if (!createHash('sha256').update(head).digest().equals(buf.subarray(buf.length - 32))) {
    throw corrupt(HEADER_FILE, 'checksum mismatch');
  }
  const version = buf.readUInt16BE(8);
  if (version > VAULT_FORMAT_VERSION) throw tooNew(HEADER_FILE, version);
  if (version < 1) throw corrupt(HEADER_FILE, 'unknown format version');
  const len = buf.readUInt32BE(10);
  if (14 + len !== head.length) throw corrupt(HEADER_FILE, 'length mismatch');
  let h: VaultHeader;
  try {
    h = JSON.parse(head.subarray(14).toString('utf8')) as VaultHeader;
  } catch {
    throw corrupt(HEADER_FILE, 'unreadable body');
  }
  if (
    typeof h?.vaultId !== 'string' ||
    typeof h.wrappedKey?.nonce !== 'string' ||
    typeof h.wrappedKey?.sealed !== 'string' ||
    !h.kdf ||
    !kdfParamsAcceptable(h.kdf)
  ) {
    throw corrupt(HEADER_FILE, 'missing or unacceptable fields');
  }
  return h;
}
