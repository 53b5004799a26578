/**
 * A cell's text made safe for a spreadsheet whatever list separator it splits the file on.
 *
 * csv-stringify quotes a cell for `,` only: a spreadsheet set to `;` (Excel in Polish) splits
 * `;=1+1` into an empty cell and the formula `=1+1`, and an unquoted line break there starts a
 * new row. So a formula trigger (= + - @ tab CR) gets a `'` before it wherever a cell could
 * begin: at the start and after every `,` `;` or line break, past any spaces or quotes
 * (OWASP "CSV Injection").
 */
export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_START, "'");
}

const FORMULA_START = /(?<=(?:^|[,;\r\n])[ "]*)(?=[=+\-@\t\r])/g;
