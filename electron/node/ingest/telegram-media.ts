// Telegram Desktop exports keep photos beside result.json (photos/photo_1@….jpg). The screenshots of a
// bot's replies are often the evidence itself, so each photo the chat refers to is acquired as a child
// evidence item of the export (hashed, encrypted, read by OCR). Paths that leave the export's folder are
// refused; missing files are reported, not fatal.
import fs from 'node:fs';
import path from 'node:path';
import type { Vault } from '../vault/vault';
import { acquire, isAbort } from './acquire';
import type { ZipChild } from './zip-expand';

export async function acquireTelegramMedia(
  vault: Vault,
  resultJsonPath: string,
  refs: Iterable<string>,
  signal: AbortSignal,
): Promise<{ items: ZipChild[]; warnings: string[] }> {
  const root = path.dirname(resultJsonPath);
  const items: ZipChild[] = [];
  let missing = 0;
  let outside = 0;
  for (const ref of refs) {
    if (signal.aborted) break;
    const file = path.resolve(root, ref);
    if (path.relative(root, file).startsWith('..') || path.isAbsolute(path.relative(root, file))) {
      outside++;
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
      if (!st.isFile()) throw new Error('not a file');
    } catch {
      missing++;
      continue;
    }
    try {
      const acquired = await acquire(vault, fs.createReadStream(file, { highWaterMark: 1 << 20 }), path.basename(file), st.size, signal);
      items.push({ path: path.relative(root, file).split(path.sep).join('/'), modified: st.mtime.toISOString(), acquired });
    } catch (e) {
      if (isAbort(e)) {
        for (const c of items) {
          c.acquired.sink.abort();
          vault.removeBlobFile(c.acquired.originalBlob);
          if (c.acquired.ocr) vault.removeBlobFile(c.acquired.ocr.blobId);
        }
        throw e;
      }
      missing++;
    }
  }
  const warnings: string[] = [];
  if (missing) warnings.push(`${missing} photo file(s) the chat refers to are missing or unreadable beside the export`);
  if (outside) warnings.push(`${outside} photo path(s) point outside the export's folder and were not read`);
  return { items, warnings };
}
