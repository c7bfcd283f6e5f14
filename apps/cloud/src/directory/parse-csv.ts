/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes (which may hold commas, line breaks
 * and `""` for a quote), CRLF or LF line ends, a trailing line end allowed. Throws on a stray quote so a
 * broken export is refused rather than half-imported.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM from spreadsheet exports
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const char = text[at] as string;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        at += 1;
        const next = text[at];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new SyntaxError(`line ${line}: text after a closing quote`);
        }
        continue;
      }
      if (char === '\n') line += 1;
      field += char;
      at += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new SyntaxError(`line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else if (char === ',') endField();
    else if (char === '\r' && text[at + 1] === '\n') {
      endRow();
      at += 1;
      line += 1;
    } else if (char === '\n' || char === '\r') {
      endRow();
      line += 1;
    } else field += char;
    at += 1;
  }
  if (quoted) throw new SyntaxError(`line ${line}: a quoted field is not closed`);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
