// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents correctly), RFC 4180
// quoting, CRLF line ends, and cells that a spreadsheet would run as a formula neutralised.

/**
 * A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets (CSV
 * injection): = + - @, tab and carriage return (OWASP), and the full-width = + - @ that some
 * spreadsheets fold to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: formula starts get a leading single quote, then RFC 4180 quoting if needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, rows joined by CRLF, a final CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let out = '\uFEFF';
  for (const row of rows) out += `${row.map(csvCell).join(',')}\r\n`;
  return out;
}
