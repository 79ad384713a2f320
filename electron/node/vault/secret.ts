// Secrets (passphrases, keys) live in Buffers so they can be zeroed when the vault locks.
// JavaScript strings cannot be wiped; we convert them as early as possible and drop the reference.

export class SecretBuffer {
  #buf: Buffer | null;

  constructor(buf: Buffer) {
    this.#buf = buf;
  }

  static fromString(s: string): SecretBuffer {
    return new SecretBuffer(Buffer.from(s.normalize('NFC'), 'utf8'));
  }

  get bytes(): Buffer {
    if (!this.#buf) throw new Error('secret already wiped');
    return this.#buf;
  }

  get wiped(): boolean {
    return this.#buf === null;
  }

  wipe(): void {
    if (this.#buf) {
      this.#buf.fill(0);
      this.#buf = null;
    }
  }
}

/** Runs `fn` with a secret made from `s`, wiping it afterwards whatever happens. */
export async function withSecret<T>(s: string, fn: (secret: SecretBuffer) => Promise<T>): Promise<T> {
  const secret = SecretBuffer.fromString(s);
  try {
    return await fn(secret);
  } finally {
    secret.wipe();
  }
}
