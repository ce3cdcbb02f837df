// Spreadsheets run cells that start with = + - @ (or tab / CR) as formulas; a leading
// apostrophe makes them plain text (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
