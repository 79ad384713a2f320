// One pass over a file's bytes: MD5, SHA-1 and SHA-256 of exactly the bytes received, encryption into the
// vault, format detection from the head, and streaming parse into encrypted row stores, all at once.
// Random-access formats (SQLite) are parsed afterwards from the encrypted original, never from a plain copy.
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import type { Vault } from '../vault/vault';
import type { BlobWriter } from '../vault/chunked-aead';
import { detectFormat, createParser } from './formats';
import type { FormatId, ParseOutcome, RandomAccessSource, StreamParser, RandomAccessParser } from './parsers/types';
import { EvidenceSink } from './evidence-sink';
import { recogniseIntoSink, MAX_IMAGE_BYTES, type OcrSummary } from './image-ocr';
import { sniffFormat } from '../ocr/image-info';
import { readPdfIntoSink, type PdfOcrPage } from './pdf-ingest';
import { CsvGroupIngest } from './csv-group-ingest';
import { bomLengthFor } from './parsers/encoding';
import { sniffNewline } from './parsers/csv-sniff';
import { DEFAULT_LIMITS } from './parsers/types';
import { coreText } from '../../../shared/i18n/core-text';

export const HEAD_BYTES = 64 * 1024;

export interface Hashes {
  md5: string;
  sha1: string;
  sha256: string;
}

export interface Acquired {
  name: string;
  bytes: number;
  hashes: Hashes;
  originalBlob: string;
  format: FormatId;
  encoding?: string;
  outcome: ParseOutcome;
  sink: EvidenceSink;
  /** For images: where the encrypted OCR result is, and its confidence. */
  ocr?: OcrSummary;
  /** For scanned PDFs: the encrypted OCR result of each page image read (deleted with the sink if not committed). */
  pdfOcr?: PdfOcrPage[];
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'AbortError';
  }
}

export function isAbort(e: unknown): boolean {
  return (e as { name?: string })?.name === 'AbortError';
}

/**
 * CSV/TSV in an ASCII-compatible encoding is read in place (csv-group-ingest.ts): parsed on worker threads,
 * its records left in the encrypted original. Other text encodings (UTF-16) go through the streaming parser.
 */
function inPlaceCsv(format: FormatId, d: { encoding?: string; delimiter?: string }, head: Buffer, declaredSize: number, sink: EvidenceSink, signal: AbortSignal): CsvGroupIngest | null {
  if (format !== 'csv' && format !== 'tsv') return null;
  const encoding = d.encoding;
  const delimiter = d.delimiter ?? (format === 'tsv' ? '\t' : ',');
  if ((encoding !== 'utf-8' && encoding !== 'windows-1252') || delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7e || delimiter === '"') return null;
  const bomLength = bomLengthFor(head, encoding);
  const newline = sniffNewline(head.subarray(bomLength).toString('latin1'));
  return new CsvGroupIngest({
    sink, table: 'data', syntax: { delimiter, newline, encoding }, bomLength, declaredSize, signal,
    maxRecordBytes: DEFAULT_LIMITS.maxRecordBytes, maxColumns: DEFAULT_LIMITS.maxColumns,
  });
}

const STREAMING: ReadonlySet<FormatId> = new Set(['csv', 'tsv', 'json', 'ndjson', 'mysql-dump', 'postgres-dump', 'telegram', 'text']);

/** A RandomAccessSource over an encrypted blob: chunks are decrypted and authenticated on demand. */
export function blobSource(vault: Vault, blobId: string): RandomAccessSource & { close(): void } {
  const r = vault.openBlob(blobId);
  return { size: r.size, read: async (offset, length) => r.read(offset, length), close: () => r.close() };
}

function unparsedOutcome(format: FormatId, bytes: number, head: Buffer): ParseOutcome {
  if (format === 'empty') return { status: 'unparsed', reason: coreText('emptyFile') };
  if (format === 'binary') {
    const nul = head.indexOf(0);
    return { status: 'unparsed', reason: nul >= 0 ? coreText('binaryAt', { offset: nul, bytes }) : coreText('binary', { bytes }) };
  }
  return { status: 'unparsed', reason: coreText('readSeparately', { format }) };
}

export async function acquire(
  vault: Vault,
  input: AsyncIterable<Buffer>,
  name: string,
  declaredSize: number,
  signal: AbortSignal,
  onBytes: (n: number, records: number) => void = () => {},
): Promise<Acquired> {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  const sha256 = createHash('sha256');
  const { blobId, writer } = vault.newBlob();
  const sink = new EvidenceSink(vault);
  let bytes = 0;
  let feed: PassThrough | null = null;
  let parsing: Promise<ParseOutcome> | null = null;
  let csv: CsvGroupIngest | null = null;
  let format = 'empty' as FormatId;
  let encoding: string | undefined;
  let head: Buffer = Buffer.alloc(0);
  const headParts: Buffer[] = [];
  let headLen = 0;
  let decided = false;
  let parserDone = false;
  let ocr: OcrSummary | undefined;
  let pdfOcr: PdfOcrPage[] = [];

  const take = (chunk: Buffer) => {
    md5.update(chunk);
    sha1.update(chunk);
    sha256.update(chunk);
    (writer as BlobWriter).write(chunk);
    bytes += chunk.length;
    onBytes(chunk.length, sink.records + (csv?.records ?? 0));
  };

  const decide = () => {
    decided = true;
    head = Buffer.concat(headParts);
    const d = detectFormat(head, name, Math.max(declaredSize, head.length));
    format = d.format;
    encoding = d.encoding;
    const image = sniffFormat(head);
    if (image === 'png' || image === 'jpeg' || image === 'webp') format = 'image' as FormatId;
    csv = inPlaceCsv(format, d, head, Math.max(declaredSize, head.length), sink, signal);
    if (csv) return;
    if (STREAMING.has(format)) {
      const parser = createParser(format, { encoding: d.encoding as never, delimiter: d.delimiter }) as StreamParser;
      feed = new PassThrough({ highWaterMark: 1 << 20 });
      parsing = parser.parse(feed, sink, signal).catch((e: unknown): ParseOutcome => {
        if (isAbort(e)) throw e;
        return { status: 'malformed', reason: coreText('parserStopped') };
      });
      // The parser may finish early (e.g. a fatal error); keep draining so hashing still sees every byte.
      const finished = () => {
        parserDone = true;
        feed?.resume();
      };
      void parsing.then(finished, finished);
    }
  };

  const push = async (chunk: Buffer) => {
    if (csv) return csv.push(chunk);
    // A parser that has stopped needs no more bytes (hashing and encryption go on in take()); writing on would
    // pile up a 'drain' and an 'error' listener per chunk on the feed.
    if (!feed || parserDone) return;
    if (!feed.write(chunk) && !feed.writableEnded) await Promise.race([once(feed, 'drain'), parsing]);
  };

  try {
    for await (const c of input) {
      if (signal.aborted) throw new ImportCancelled();
      const chunk = Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array);
      take(chunk);
      if (!decided) {
        headParts.push(chunk);
        headLen += chunk.length;
        if (headLen >= HEAD_BYTES) {
          decide();
          for (const h of headParts) await push(h);
        }
      } else {
        await push(chunk);
      }
    }
    if (!decided) {
      decide();
      for (const h of headParts) await push(h);
    }
    if (signal.aborted) throw new ImportCancelled();
    writer.close();
    let outcome: ParseOutcome;
    if (csv) {
      outcome = await (csv as CsvGroupIngest).finish().catch((e: unknown): ParseOutcome => {
        if (isAbort(e)) throw e;
        return { status: 'malformed', reason: coreText('parserStopped') };
      });
    } else if (feed && parsing) {
      (feed as PassThrough).end();
      outcome = await parsing;
    } else if (format === 'sqlite') {
      const src = blobSource(vault, blobId);
      try {
        const parser = createParser(format, {}) as RandomAccessParser;
        outcome = await parser.parse(src, sink, signal).catch((e: unknown): ParseOutcome => {
          if (isAbort(e)) throw e;
          return { status: 'unparsed', reason: coreText('sqliteNotOpened') };
        });
      } finally {
        src.close();
      }
    } else if ((format as string) === 'image') {
      if (bytes > MAX_IMAGE_BYTES) outcome = { status: 'unparsed', reason: coreText('imageTooLarge', { mib: MAX_IMAGE_BYTES / 2 ** 20 }) };
      else {
        const src = vault.openBlob(blobId);
        try {
          ocr = await recogniseIntoSink(vault, src.read(0, src.size), sink, signal);
          outcome = { status: 'parsed' };
        } catch (e) {
          if (isAbort(e)) throw e;
          outcome = { status: 'unparsed', reason: (e as { code?: string }).code === 'INVALID_INPUT' ? (e as Error).message : coreText('imageUnreadable') };
        } finally {
          src.close();
        }
      }
    } else if (format === 'pdf') {
      ({ outcome, ocrPages: pdfOcr } = await readPdfIntoSink(vault, blobId, sink, signal, { onPage: () => onBytes(0, sink.records) }));
    } else {
      outcome = unparsedOutcome(format, bytes, head);
    }
    sink.close();
    return {
      name,
      bytes,
      hashes: { md5: md5.digest('hex'), sha1: sha1.digest('hex'), sha256: sha256.digest('hex') },
      originalBlob: blobId,
      format,
      encoding: outcome.encoding ?? encoding,
      outcome,
      sink,
      ...(ocr ? { ocr } : {}),
      ...(pdfOcr.length > 0 ? { pdfOcr } : {}),
    };
  } catch (e) {
    if (ocr) vault.removeBlobFile(ocr.blobId);
    (csv as CsvGroupIngest | null)?.abort();
    (feed as PassThrough | null)?.destroy();
    await (parsing as Promise<ParseOutcome> | null)?.catch(() => undefined);
    sink.abort();
    writer.abort();
    throw e;
  }
}
