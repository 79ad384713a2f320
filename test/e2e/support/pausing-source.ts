// An import source for the browser tests that makes "Cancel while importing" deterministic instead of a race
// against the import's speed: the first file it opens hands on its first chunk, then holds until that import
// is cancelled (its abort signal fires). Every later file is read straight through. It reaches the core only
// through the bridge's composition (OpenAppOptions.openImportSource); the app and the CLI never set it.
import fs from 'node:fs';
import type { SourceOpener } from '../../../electron/node/ingest/importer';

export interface PausingSource {
  open: SourceOpener;
  /** Resolves once the first chunk has been taken in and the source is holding for the cancel. */
  paused: Promise<void>;
}

/** `chunkBytes` sets how much arrives before the hold (the progress bar shows that share of the file). */
export function pausingSource(chunkBytes = 1 << 20): PausingSource {
  let held = false;
  let onPaused!: () => void;
  const paused = new Promise<void>((resolve) => (onPaused = resolve));
  const aborted = (signal: AbortSignal) =>
    new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

  async function* holding(sourcePath: string, signal: AbortSignal): AsyncGenerator<Buffer> {
    let first = true;
    for await (const chunk of fs.createReadStream(sourcePath, { highWaterMark: chunkBytes })) {
      yield chunk as Buffer;
      if (first) {
        first = false;
        // The consumer asked for the next chunk, so it has taken in the first: hold here until Cancel.
        onPaused();
        await aborted(signal);
      }
    }
  }

  return {
    paused,
    open(sourcePath, signal) {
      if (held) return fs.createReadStream(sourcePath, { highWaterMark: chunkBytes });
      held = true;
      return holding(sourcePath, signal);
    },
  };
}
