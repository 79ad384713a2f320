// The row store: parsed records of one table, one JSON array per line, encrypted as a chunked blob.
// Every `every` rows we note the byte offset where the row starts, so a page anywhere in millions of
// rows is read by decrypting one or two 64 KiB chunks, never the whole file.
import type { Vault } from '../vault/vault';
import type { BlobWriter } from '../vault/chunked-aead';

export const INDEX_EVERY = 256;

export class RowStoreWriter {
  readonly blobId: string;
  readonly index: number[] = []; // index[k] = byte offset of row k * INDEX_EVERY
  rows = 0;
  #writer: BlobWriter;
  #batch: string[] = [];

  constructor(vault: Vault) {
    const { blobId, writer } = vault.newBlob();
    this.blobId = blobId;
    this.#writer = writer;
  }

  add(cells: (string | null)[]): void {
    this.#batch.push(JSON.stringify(cells));
    this.rows++;
    if (this.#batch.length === INDEX_EVERY) this.#flush();
  }

  // A batch is exactly one index interval, so its first row's offset is the bytes written so far.
  #flush(): void {
    if (this.#batch.length === 0) return;
    this.index.push(this.#writer.bytesWritten);
    this.#writer.write(Buffer.from(this.#batch.join('\n') + '\n', 'utf8'));
    this.#batch = [];
  }

  get bytes(): number {
    return this.#writer.bytesWritten;
  }

  close(): void {
    this.#flush();
    this.#writer.close();
  }

  abort(): void {
    this.#batch = [];
    this.#writer.abort();
  }
}

/** Reads rows [offset, offset + limit) of a table's row store. */
export function readRows(vault: Vault, blobId: string, indexOffset: number, skip: number, limit: number): (string | null)[][] {
  const reader = vault.openBlob(blobId);
  try {
    const out: (string | null)[][] = [];
    let carry = '';
    let skipped = 0;
    const decoder = new TextDecoder('utf-8');
    for (const chunk of reader.stream(indexOffset)) {
      carry += decoder.decode(chunk, { stream: true });
      let nl: number;
      let start = 0;
      while ((nl = carry.indexOf('\n', start)) >= 0) {
        const line = carry.slice(start, nl);
        start = nl + 1;
        if (skipped < skip) {
          skipped++;
          continue;
        }
        out.push(JSON.parse(line) as (string | null)[]);
        if (out.length >= limit) return out;
      }
      carry = carry.slice(start);
    }
    return out;
  } finally {
    reader.close();
  }
}
