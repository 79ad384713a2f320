// Examiner public keys: the text form handed to a third party (CLI `--key`, `--to`) and the fingerprint
// written into every entry and checkpoint.
//
// Public key text:  sakshya-ed25519 <base64 of the raw 32-byte key> [comment]
//   One line, like an OpenSSH key line but with its own algorithm tag so an SSH key is never taken for an
//   examiner key by mistake. Blank lines and lines starting with '#' around it are ignored.
// Fingerprint:      SHA256:<64 lower-case hex of SHA-256(raw 32-byte key)>
//   The full digest (no truncation) so two examiners' keys can never share one; displayFingerprint()
//   groups it in fours for people reading it aloud.
import { fromBase64, toBase64, toHex } from './bytes';
import { isValidEd25519PublicKey, nobleCustodyCrypto, type CustodyHash } from './crypto';

export const PUBLIC_KEY_ALGORITHM = 'sakshya-ed25519';
const FINGERPRINT_PREFIX = 'SHA256:';

export class PublicKeyFormatError extends Error {
  override readonly name = 'PublicKeyFormatError';
}

export interface ParsedPublicKey {
  publicKey: Uint8Array;
  comment?: string;
}

export function keyFingerprint(publicKey: Uint8Array, hash: CustodyHash = nobleCustodyCrypto): string {
  return FINGERPRINT_PREFIX + toHex(hash.sha256(publicKey));
}

export function isKeyFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^SHA256:[0-9a-f]{64}$/.test(value);
}

/** 'SHA256:1a2b 3c4d …' for reports and the UI; the stored form never has spaces. */
export function displayFingerprint(fingerprint: string): string {
  if (!isKeyFingerprint(fingerprint)) return fingerprint;
  const hex = fingerprint.slice(FINGERPRINT_PREFIX.length);
  return FINGERPRINT_PREFIX + (hex.match(/.{4}/g) ?? []).join(' ');
}

export function formatPublicKey(publicKey: Uint8Array, comment?: string): string {
  if (!isValidEd25519PublicKey(publicKey)) throw new PublicKeyFormatError('not a valid 32-byte Ed25519 public key');
  const note = comment?.trim();
  if (note !== undefined && /[\u0000-\u001f\u007f]/.test(note)) {
    throw new PublicKeyFormatError('the key comment must be a single line without control characters');
  }
  return note ? `${PUBLIC_KEY_ALGORITHM} ${toBase64(publicKey)} ${note}` : `${PUBLIC_KEY_ALGORITHM} ${toBase64(publicKey)}`;
}

/** Parses the text form; every failure says what was expected, since third parties type or paste these. */
export function parsePublicKey(text: string): ParsedPublicKey {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0) throw new PublicKeyFormatError(`no public key found: expected one line '${PUBLIC_KEY_ALGORITHM} <base64> [comment]'`);
  if (lines.length > 1) throw new PublicKeyFormatError(`expected exactly one key line, found ${lines.length}`);
  const [algorithm = '', encoded, ...rest] = lines[0]!.split(/\s+/);
  if (algorithm !== PUBLIC_KEY_ALGORITHM) {
    const hint = algorithm === 'ssh-ed25519' ? ' (this is an SSH key, not a Sakshya examiner key)' : '';
    throw new PublicKeyFormatError(`expected the key to start with '${PUBLIC_KEY_ALGORITHM}', found '${algorithm.slice(0, 40)}'${hint}`);
  }
  if (encoded === undefined) throw new PublicKeyFormatError(`missing the base64 key after '${PUBLIC_KEY_ALGORITHM}'`);
  let publicKey: Uint8Array;
  try {
    publicKey = fromBase64(encoded);
  } catch {
    throw new PublicKeyFormatError('the key is not valid base64 (standard alphabet, with = padding)');
  }
  if (publicKey.length !== 32) throw new PublicKeyFormatError(`an Ed25519 public key is 32 bytes, this one is ${publicKey.length}`);
  if (!isValidEd25519PublicKey(publicKey)) throw new PublicKeyFormatError('the 32 bytes are not a valid Ed25519 public key');
  const comment = rest.join(' ');
  return comment ? { publicKey, comment } : { publicKey };
}
