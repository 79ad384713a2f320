// How binary values (SQLite BLOBs, SQL hex literals) appear in cells: small ones in full, large ones summarised.

const FULL_LIMIT = 64;
const PREFIX = 32;

export function blobText(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return hexBlobText(hex);
}

/** `hex`: an even number of hex digits. */
export function hexBlobText(hex: string): string {
  const n = hex.length >> 1;
  if (n <= FULL_LIMIT) return `x'${hex.toLowerCase()}'`;
  return `<blob ${n} bytes x'${hex.slice(0, PREFIX * 2).toLowerCase()}'…>`;
}
