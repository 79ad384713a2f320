// Passphrase → key-encryption key with Argon2id (hash-wasm). Parameters and salt live in the vault header
// so that they can be raised later without breaking old vaults.
import { argon2id } from 'hash-wasm';
import { randomBytes } from 'node:crypto';
import { SecretBuffer } from './secret';

export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string; // base64, 16 bytes
}

export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

// Lower bounds we refuse to go under when reading a header, so a tampered header cannot weaken the KDF
// to nothing (the header checksum catches accidental damage; this catches deliberate downgrades).
const MIN_MEMORY_KIB = 8 * 1024;
const MAX_MEMORY_KIB = 2 * 1024 * 1024;

export function newKdfParams(overrides: Partial<Omit<KdfParams, 'algorithm' | 'salt'>> = {}): KdfParams {
  return {
    algorithm: 'argon2id',
    memoryKiB: overrides.memoryKiB ?? DEFAULT_KDF.memoryKiB,
    iterations: overrides.iterations ?? DEFAULT_KDF.iterations,
    parallelism: overrides.parallelism ?? DEFAULT_KDF.parallelism,
    salt: randomBytes(16).toString('base64'),
  };
}

export function kdfParamsAcceptable(p: KdfParams): boolean {
  return (
    p.algorithm === 'argon2id' &&
    Number.isInteger(p.memoryKiB) &&
    p.memoryKiB >= MIN_MEMORY_KIB &&
    p.memoryKiB <= MAX_MEMORY_KIB &&
    Number.isInteger(p.iterations) &&
    p.iterations >= 1 &&
    p.iterations <= 64 &&
    Number.isInteger(p.parallelism) &&
    p.parallelism >= 1 &&
    p.parallelism <= 16 &&
    Buffer.from(p.salt, 'base64').length === 16
  );
}

export async function deriveKek(passphrase: SecretBuffer, p: KdfParams): Promise<SecretBuffer> {
  const out = await argon2id({
    password: passphrase.bytes,
    salt: Buffer.from(p.salt, 'base64'),
    parallelism: p.parallelism,
    iterations: p.iterations,
    memorySize: p.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  const buf = Buffer.from(out);
  out.fill(0);
  return new SecretBuffer(buf);
}
