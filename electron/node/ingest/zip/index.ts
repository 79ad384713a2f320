export { openZip } from './open-zip.js';
export type { RefusedZipEntry, ZipArchive, ZipEntryInfo } from './open-zip.js';
export { DEFAULT_ZIP_LIMITS, ZipLimitError, ZipRefusedError } from './limits.js';
export type { ZipLimits } from './limits.js';
export { refuseEntryName } from './entry-name.js';
