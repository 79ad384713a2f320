// The vault key's wrapping: passphrase → Argon2id key-encryption key → AES-GCM over the random vault key,
// with the vault id as associated data (a wrapped key copied into another vault's header does not open).
import { SakshyaError } from '../../../shared/api/errors';
import { open as aeadOpen, seal, randomNonce } from './aead';
import type { VaultHeader } from './header';
import { deriveKek, newKdfParams, type KdfParams } from './kdf';
import { SecretBuffer } from './secret';

export type KdfOptions = Partial<Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>>;

function wrapAad(vaultId: string): Buffer {
  return Buffer.from(`sakshya-keywrap-v1:${vaultId}`, 'utf8');
}

/** Wraps `key` under a key derived from `passphrase` with `kdf`. */
export async function wrapKey(passphrase: SecretBuffer, key: Buffer, vaultId: string, kdf: KdfParams): Promise<VaultHeader['wrappedKey']> {
  const kek = await deriveKek(passphrase, kdf);
  const nonce = randomNonce();
  const sealed = seal(kek.bytes, nonce, key, wrapAad(vaultId));
  kek.wipe();
  return { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
}

/** `header` with `key` wrapped under `passphrase` and a fresh salt (same cost as before unless `kdf` says otherwise). */
export async function rewrapHeader(header: VaultHeader, passphrase: SecretBuffer, key: Buffer, kdf: KdfOptions = {}): Promise<VaultHeader> {
  const params = newKdfParams({ ...pickKdf(header.kdf), ...kdf });
  return { ...header, kdf: params, wrappedKey: await wrapKey(passphrase, key, header.vaultId, params) };
}

export async function unwrapKey(header: VaultHeader, passphrase: SecretBuffer): Promise<SecretBuffer> {
  const kek = await deriveKek(passphrase, header.kdf);
  const plain = aeadOpen(
    kek.bytes,
    Buffer.from(header.wrappedKey.nonce, 'base64'),
    Buffer.from(header.wrappedKey.sealed, 'base64'),
    wrapAad(header.vaultId),
  );
  kek.wipe();
  if (!plain || plain.length !== 32) throw new SakshyaError('WRONG_PASSPHRASE', 'Wrong passphrase. Nothing was changed.');
  return new SecretBuffer(plain);
}

/** Re-derives from `current` so that an unattended unlocked session cannot be re-keyed by anyone. */
export async function checkCurrentPassphrase(header: VaultHeader, current: SecretBuffer, key: Buffer): Promise<void> {
  const check = await unwrapKey(header, current);
  const same = check.bytes.equals(key);
  check.wipe();
  if (!same) throw new SakshyaError('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
}

function pickKdf(k: KdfParams): KdfOptions {
  return { memoryKiB: k.memoryKiB, iterations: k.iterations, parallelism: k.parallelism };
}
