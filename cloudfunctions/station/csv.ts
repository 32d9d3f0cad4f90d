/** CSV that spreadsheet programs open correctly: a BOM for Chinese text, quoted cells, CRLF. */
export function toCsv(rows: string[][]): string {
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string): string {
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
