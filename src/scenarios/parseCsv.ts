/**
 * Parse RFC 4180 CSV text into rows of fields: fields may be quoted with `"`, a quoted field may
 * hold commas, line breaks and doubled quotes (`""` is one `"`); records end in CRLF or LF; a final
 * line break is optional; a UTF-8 byte-order mark is dropped. Every field is returned as a string.
 * Linear in the length of the text.
 * @throws naming the source and the 1-based line of an unterminated quoted field or of a quote
 *   that appears inside an unquoted field or right after a closing quote.
 * @example parseCsv('a,b\n"x, y",2\n') // [['a', 'b'], ['x, y', '2']]
 */
export function parseCsv(text: string, options: { source?: string } = {}): string[][] {
  const source = options.source ?? 'parseCsv';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) return rows;
  let atFieldStart = true;
  while (i < n) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= n) throw new Error(`${source}: line ${openedAt}: quoted field is never closed`);
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new Error(`${source}: line ${line}: unexpected ${JSON.stringify(next)} after a closing quote`);
      }
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else if (ch === '"') {
      throw new Error(`${source}: line ${line}: a quote inside an unquoted field (quote the whole field and double the quote)`);
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  const last = text[n - 1];
  if (last !== '\n' && last !== '\r') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
