// Spreadsheet-safe CSV cells (RFC 4180). Exports are opened in Excel or LibreOffice by people who may not
// expect a leak sample to attack them: a cell that starts with = + - @ tab, CR or NUL could run as a formula
// (CSV injection, e.g. =HYPERLINK(...) sending data out), so it gets a leading apostrophe (OWASP ASVS 1.2.10).

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** The text with a leading `'` if a spreadsheet would read it as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, and quoted (with doubled quotes) when it holds a comma, quote, CR or LF. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const v = neutraliseFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV record ending in CRLF, as RFC 4180 specifies. */
export function csvRecord(values: readonly (string | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
