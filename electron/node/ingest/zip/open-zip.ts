// Lists and reads ZIP entries from a RandomAccessSource with yauzl. Each accepted entry becomes its own
// evidence item in the pipeline. Refused entries (unsafe names, encryption, unsupported compression, ratios or
// sizes over the limits) are listed with a reason while the others continue; directories are skipped.
import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { AbortError } from '../parsers/abort.js';
import type { RandomAccessSource } from '../parsers/types.js';
import { normaliseEntryName, refuseEntryName } from './entry-name.js';
import type { ZipLimits } from './limits.js';
import { DEFAULT_ZIP_LIMITS, ZipLimitError, ZipRefusedError } from './limits.js';
import { SourceReader } from './source-reader.js';

export interface ZipEntryInfo {
  /** Path inside the archive, with `/` separators. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  compressionMethod: number;
  crc32: number;
  /** Last-modified time from the archive (DOS time, no zone: read as UTC), ISO 8601. */
  modified: string;
  /** Looks like a nested archive (by name); the pipeline confirms by content and opens it with nestedLimits(). */
  looksLikeZip: boolean;
}

export interface RefusedZipEntry {
  name: string;
  reason: string;
}

export interface ZipArchive {
  entries: ZipEntryInfo[];
  refused: RefusedZipEntry[];
  directories: number;
  /** Streams the inflated bytes of an entry; the stream errors with ZipLimitError when a limit is crossed. */
  openEntry(entry: ZipEntryInfo, signal?: AbortSignal): Promise<Readable>;
  /** Limits for an archive found inside this one (null when nesting deeper is not allowed). */
  nestedLimits(): ZipLimits | null;
  /** Inflated bytes read so far from this archive's entries. */
  readonly inflatedBytes: number;
  close(): void;
}

function safeIso(e: Entry): string {
  const d = e.getLastModDate({ timezone: 'UTC' });
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function openYauzl(source: RandomAccessSource): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(
      new SourceReader(source),
      source.size,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

function readAllEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const out: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', reject);
    zip.readEntry();
  });
}

export async function openZip(source: RandomAccessSource, limits: Partial<ZipLimits> = {}): Promise<ZipArchive> {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (lim.nesting > lim.maxNesting) {
    throw new ZipRefusedError(`ZIP nested ${lim.nesting} levels deep; at most ${lim.maxNesting} levels are opened.`);
  }
  let zip: ZipFile;
  try {
    zip = await openYauzl(source);
  } catch {
    throw new ZipRefusedError('The ZIP central directory could not be read (damaged or not a ZIP archive).');
  }
  if (zip.entryCount > lim.maxEntries) {
    zip.close();
    throw new ZipRefusedError(`The ZIP archive lists ${zip.entryCount} entries; at most ${lim.maxEntries} are accepted.`);
  }
  let raw: Entry[];
  try {
    raw = await readAllEntries(zip);
  } catch {
    zip.close();
    throw new ZipRefusedError('The ZIP central directory is damaged or uses unsupported (strong) encryption.');
  }

  const entries: ZipEntryInfo[] = [];
  const refused: RefusedZipEntry[] = [];
  const byInfo = new Map<ZipEntryInfo, Entry>();
  let directories = 0;
  let declaredTotal = 0;
  for (const e of raw) {
    const rawName = yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, e.fileNameRaw, e.extraFields, true);
    const name = normaliseEntryName(rawName);
    // Names are shown to the investigator; a NUL is made visible rather than echoed.
    const shownName = name.replace(/\0/g, '\\0');
    const refusal = refuseEntryName(rawName);
    if (refusal) {
      refused.push({ name: shownName, reason: refusal });
      continue;
    }
    if (name.endsWith('/')) {
      directories++;
      continue;
    }
    if (e.isEncrypted()) {
      refused.push({ name, reason: 'entry is encrypted' });
      continue;
    }
    if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
      refused.push({ name, reason: `unsupported compression method ${e.compressionMethod}` });
      continue;
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > lim.ratioFloorBytes && ratio > lim.maxRatio) {
      refused.push({ name, reason: `compression ratio ${Math.round(ratio)}:1 is above the limit of ${lim.maxRatio}:1 (possible ZIP bomb)` });
      continue;
    }
    if (declaredTotal + e.uncompressedSize > lim.maxTotalUncompressed) {
      refused.push({ name, reason: `archive would inflate past the limit of ${lim.maxTotalUncompressed} bytes` });
      continue;
    }
    declaredTotal += e.uncompressedSize;
    const info: ZipEntryInfo = {
      name,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
      compressionMethod: e.compressionMethod,
      crc32: e.crc32,
      modified: safeIso(e),
      looksLikeZip: /\.zip$/i.test(name),
    };
    byInfo.set(info, e);
    entries.push(info);
  }

  let inflated = 0;
  const archive: ZipArchive = {
    entries,
    refused,
    directories,
    get inflatedBytes() {
      return inflated;
    },
    nestedLimits() {
      if (lim.nesting + 1 > lim.maxNesting) return null;
      return { ...lim, nesting: lim.nesting + 1, maxTotalUncompressed: Math.max(0, lim.maxTotalUncompressed - inflated) };
    },
    close() {
      zip.close();
    },
    async openEntry(info, signal) {
      const e = byInfo.get(info);
      if (!e) throw new ZipLimitError('This entry was refused or belongs to another archive.');
      if (signal?.aborted) throw new AbortError();
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(e, (err, s) => (err ? reject(new ZipLimitError(`entry ${info.name} cannot be read: damaged data`)) : resolve(s))),
      );
      let entryBytes = 0;
      const guard = new Transform({
        transform(chunk: Buffer, _enc, cb: TransformCallback) {
          entryBytes += chunk.length;
          inflated += chunk.length;
          if (entryBytes > lim.ratioFloorBytes && entryBytes / Math.max(1, info.compressedSize) > lim.maxRatio) {
            cb(new ZipLimitError(`entry ${info.name} inflates beyond ${lim.maxRatio}:1 (possible ZIP bomb); reading stopped`));
            return;
          }
          if (inflated > lim.maxTotalUncompressed) {
            cb(new ZipLimitError(`archive inflated past the limit of ${lim.maxTotalUncompressed} bytes; reading stopped`));
            return;
          }
          cb(null, chunk);
        },
      });
      stream.on('error', () => guard.destroy(new ZipLimitError(`entry ${info.name} is damaged (data or size does not match the directory)`)));
      guard.on('close', () => stream.destroy());
      if (signal) {
        const onAbort = (): void => {
          guard.destroy(new AbortError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        guard.on('close', () => signal.removeEventListener('abort', onAbort));
      }
      return stream.pipe(guard);
    },
  };
  return archive;
}
