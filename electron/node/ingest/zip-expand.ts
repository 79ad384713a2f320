// Expands a ZIP archive that has been acquired into the vault: each inner file is acquired like any other
// (its own hashes, encrypted blob, parse) and linked to its parent. The archive is read from the encrypted
// blob, never from a plain copy. Limits (count, total size, ratio) and name checks live in ./zip.
import type { Vault } from '../vault/vault';
import type { RandomAccessSource } from './parsers/types';
import { acquire, blobSource, type Acquired } from './acquire';
import { openZip, type ZipLimits } from './zip/index';

export interface ZipChild {
  path: string;
  modified?: string;
  acquired: Acquired;
  children?: ZipExpansion;
}

export interface ZipExpansion {
  items: ZipChild[];
  /** Entries refused, each with the reason (traversal names, limits, encryption, nesting depth). */
  refused: string[];
}

export async function expandZip(
  vault: Vault,
  source: RandomAccessSource & { close(): void },
  archiveName: string,
  signal: AbortSignal,
  limits: Partial<ZipLimits> = {},
): Promise<ZipExpansion> {
  const items: ZipChild[] = [];
  const refused: string[] = [];
  try {
    const zip = await openZip(source, limits);
    try {
      refused.push(...zip.refused.map((r) => `${archiveName}: entry ${r.name}: ${r.reason}`));
      for (const entry of zip.entries) {
        if (signal.aborted) break;
        let acquired: Acquired;
        try {
          const stream = await zip.openEntry(entry, signal);
          acquired = await acquire(vault, stream, entry.name.split('/').pop() || entry.name, entry.uncompressedSize, signal);
        } catch (e) {
          if ((e as { name?: string }).name === 'AbortError') throw e;
          refused.push(`${archiveName}: entry ${entry.name}: ${(e as { message?: string }).message ?? 'could not be read'}`);
          continue;
        }
        const child: ZipChild = { path: entry.name, modified: entry.modified, acquired };
        if (acquired.format === 'zip') {
          const nested = zip.nestedLimits();
          if (!nested) refused.push(`${archiveName}: entry ${entry.name}: an archive nested this deep is kept but not expanded`);
          else child.children = await expandZip(vault, blobSource(vault, acquired.originalBlob), entry.name, signal, nested);
        }
        items.push(child);
      }
    } finally {
      zip.close();
    }
  } catch (e) {
    for (const c of items) discardTree(vault, c);
    if ((e as { name?: string }).name === 'AbortError') throw e;
    refused.push(`${archiveName}: the archive could not be read (${(e as { message?: string }).message ?? 'damaged'})`);
  } finally {
    source.close();
  }
  return { items, refused };
}

/** Deletes the blobs of a child (and its children) that will not be committed. */
export function discardTree(vault: Vault, c: ZipChild): void {
  c.acquired.sink.abort();
  vault.removeBlobFile(c.acquired.originalBlob);
  if (c.acquired.ocr) vault.removeBlobFile(c.acquired.ocr.blobId);
  for (const g of c.children?.items ?? []) discardTree(vault, g);
}
