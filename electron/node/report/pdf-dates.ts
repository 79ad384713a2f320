// Chromium stamps the current time into a PDF's /CreationDate and /ModDate; everything else it writes is
// a function of the page. Rewriting both stamps to the report's own generation time makes two prints of
// the same report byte-identical, so a hash of the PDF identifies the report, not the moment of printing.
// Each PDF date string is replaced by one of exactly the same length, so the xref byte offsets stay valid.

const DATE_ENTRY = /\/(CreationDate|ModDate)(\s*)\(D:(\d{14})([^)]*)\)/g;

/** D:YYYYMMDDHHmmSS in UTC; the zone suffix is written separately to fit the original's length. */
function pdfDateDigits(at: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(at.getUTCFullYear(), 4)}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}`;
}

/** The zone part for UTC, padded or cut to `length` characters ("+00'00'" is the usual 7). */
function utcSuffix(length: number): string {
  const full = "+00'00'";
  if (length <= 0) return '';
  if (length === 1) return 'Z';
  return length <= full.length ? full.slice(0, length) : full + ' '.repeat(length - full.length);
}

/** Returns a copy of `pdf` with every /CreationDate and /ModDate set to `at` (UTC), same length. */
export function normalisePdfDates(pdf: Uint8Array, at: Date): Buffer {
  // latin1 maps every byte to one char and back, so binary streams survive the round trip unchanged.
  const text = Buffer.from(pdf).toString('latin1');
  const digits = pdfDateDigits(at);
  const out = text.replace(DATE_ENTRY, (_m, key: string, space: string, _d: string, zone: string) => `/${key}${space}(D:${digits}${utcSuffix(zone.length)})`);
  const buf = Buffer.from(out, 'latin1');
  if (buf.length !== pdf.length) throw new Error('PDF date normalisation changed the file length');
  return buf;
}
