// Compact timestamps (yyyyMMddHHmm, yyyyMMddHHmmss) pass Verhoeff one time in ten, so they must be
// recognised before a 12- or 14-digit run is taken for an Aadhaar or a reference ID.

function num(buf: Uint8Array, off: number, len: number): number {
  let v = 0;
  for (let i = 0; i < len; i++) v = v * 10 + buf[off + i]!;
  return v;
}

/** Digit values buf[off..off+len) read as yyyyMMddHH[mm[ss]] with a year 1970..2099. */
export function looksLikeCompactTimestamp(buf: Uint8Array, off: number, len: number): boolean {
  if (len < 10) return false;
  const y = num(buf, off, 4);
  const mo = num(buf, off + 4, 2);
  const d = num(buf, off + 6, 2);
  const h = num(buf, off + 8, 2);
  if (y < 1970 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23) return false;
  if (len >= 12 && num(buf, off + 10, 2) > 59) return false;
  if (len >= 14 && num(buf, off + 12, 2) > 59) return false;
  return true;
}
