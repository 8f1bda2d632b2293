/**
 * Split RFC 4180 CSV into rows of fields: quoted fields may hold commas, quotes ("") and line
 * breaks; CRLF or LF line ends; a final empty line is ignored. Each row records its 1-based start line.
 * @throws naming the file and line of an unterminated quote.
 * @example parseCsv('a,"b,c"\n1,2') // [{ line: 1, fields: ['a', 'b,c'] }, { line: 2, fields: ['1', '2'] }]
 */
export function parseCsv(content: string, options: { file?: string } = {}): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < content.length) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === ',') { fields.push(field); field = ''; i++; continue; }
    if (ch === '\r' && content[i + 1] === '\n') { i++; continue; }
    if (ch === '\n') { endRow(); line++; rowLine = line; i++; continue; }
    field += ch;
    i++;
  }
  if (quoted) throw new Error(`parseCsv: ${options.file ?? '(csv)'}:${rowLine}: unterminated quoted field`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
