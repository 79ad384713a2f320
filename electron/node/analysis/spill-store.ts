// The analysis's RunStore (shared/analysis/token-runs.ts) on disk: each sorted run of keyed tokens is an
// encrypted blob (the vault's chunked AES-256-GCM, bound to its id) in its own folder under the vault's
// spill/ folder, under a key derived for this purpose only. Tokens are already keyed HMACs, but nothing
// derived from a sample is written in the clear. The folder is removed when the analysis ends (success,
// failure or cancellation) and on the next unlock if the process died (Vault.unlock); spill/ is outside
// blobs/, so a crash mid-analysis never shows up as an orphan or a tampered blob.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Vault } from '../vault/vault';
import { BlobReader, BlobWriter } from '../vault/chunked-aead';
import { SPILL_DIR } from '../vault/format';
import type { RunStore, RunWriter, SpilledTokens } from '../../../shared/analysis';

/** Key purpose of spill runs: never the key of evidence blobs, so a run can never pass for one. */
const SPILL_KEY_PURPOSE = 'analysis-spill';

export class VaultRunStore implements RunStore {
  readonly dir: string;
  #key: Buffer;
  #runs = 0;
  #bytes = 0;

  constructor(vault: Vault) {
    this.#key = vault.deriveKey(SPILL_KEY_PURPOSE);
    this.dir = path.join(vault.dir, SPILL_DIR, randomBytes(8).toString('hex'));
  }

  /** Runs written so far and their plaintext bytes (for the benchmark and tests). */
  get stats(): { runs: number; bytes: number } {
    return { runs: this.#runs, bytes: this.#bytes };
  }

  writer(): RunWriter {
    // Made on first use: an analysis that never spills writes nothing.
    if (this.#runs === 0) fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = randomBytes(16);
    const file = path.join(this.dir, `${id.toString('hex')}.run`);
    const w = new BlobWriter(file, this.#key, undefined, id);
    let words = 0;
    const key = this.#key;
    return {
      push: (x) => {
        w.write(Buffer.from(x.buffer, x.byteOffset, x.byteLength));
        words += x.length;
      },
      end: (): SpilledTokens => {
        w.close();
        this.#runs++;
        this.#bytes += words * 4;
        return { length: words >> 1, chunks: () => readRun(file, key, id) };
      },
    };
  }

  /** Deletes every run and zeroes the key. */
  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.#key.fill(0);
  }
}

function* readRun(file: string, key: Buffer, id: Buffer): Generator<Uint32Array> {
  const r = new BlobReader(file, key, id);
  try {
    for (const chunk of r.stream(0)) {
      // Chunks are whole tokens (the chunk size is a multiple of 8); copy when the bytes are not 4-aligned.
      yield chunk.byteOffset % 4 === 0
        ? new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >> 2)
        : new Uint32Array(Uint8Array.from(chunk).buffer);
    }
  } finally {
    r.close();
  }
}
