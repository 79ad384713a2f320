// The two primitives custody verification needs, behind a tiny interface: the Node core injects
// node:crypto (≈20× faster), while a standalone verifier (browser, other machine) uses pure-JS noble.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { ed25519 } from '@noble/curves/ed25519.js';

export interface CustodyCrypto {
  sha256(data: Uint8Array): Uint8Array;
  /** Must return false (never throw) for malformed signatures or keys. */
  verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

/** Only the hash, for the Merkle and hashing helpers that never verify signatures. */
export type CustodyHash = Pick<CustodyCrypto, 'sha256'>;

export const nobleCustodyCrypto: CustodyCrypto = Object.freeze({
  sha256: (data: Uint8Array): Uint8Array => nobleSha256(data),
  verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    try {
      // zip215: false = strict RFC 8032 rules, the same set OpenSSL (node:crypto) accepts, so the app
      // and a third-party verifier never disagree about a signature.
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
});

/** True when the 32 bytes decode to a point on the curve (strict encoding). */
export function isValidEd25519PublicKey(publicKey: Uint8Array): boolean {
  try {
    return publicKey.length === 32 && ed25519.utils.isValidPublicKey(publicKey, false);
  } catch {
    return false;
  }
}
