// Limits that stop ZIP bombs and runaway archives. Sizes are enforced on the bytes actually inflated while an
// entry streams, not only on the sizes the archive declares.

export interface ZipLimits {
  /** Archives with more entries than this are refused outright. */
  maxEntries: number;
  /** Budget of inflated bytes for the archive (and archives nested in it). */
  maxTotalUncompressed: number;
  /** Highest inflated:compressed ratio allowed for an entry once it is past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Deepest nesting allowed: 1 = a top-level archive, 2 = a ZIP inside it. */
  maxNesting: number;
  /** Nesting level of the archive being opened. */
  nesting: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 8 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxNesting: 2,
  nesting: 1,
};

/** Thrown when the whole archive is refused (too many entries, nested too deep, unreadable directory). */
export class ZipRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusedError';
  }
}

/** Thrown through an entry's stream when inflating it breaks a limit. */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}
