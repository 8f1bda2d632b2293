import { readFileSync } from 'node:fs';
import type { Emotion } from '../core/emotions.ts';
import type { LabelledText } from './labelledText.ts';
import { XED_MAPPING_DROP, type XedMapping } from './xedMapping.ts';

/**
 * Parse an XED file. `en-annotated.tsv` rows are `sentence \t ids` ("1, 4, 7"); `neu_en.txt` rows
 * are `9 \t sentence` (set `idsFirst`). Ids go through `mapping` (default XED_MAPPING_DROP);
 * labels mapped to null are removed and a line left without labels is skipped, as are blank lines.
 * Trailing empty fields and CR line ends are ignored.
 * @throws naming the file, line, field and value on a malformed row or an id missing from the mapping.
 * @example parseXedTsv('Get out !\t1', {})[0].labels // ['Anger']
 */
export function parseXedTsv(content: string, options: { mapping?: XedMapping; idsFirst?: boolean; file?: string } = {}): LabelledText[] {
  const file = options.file ?? '(xed tsv)';
  const mapping = options.mapping ?? XED_MAPPING_DROP;
  const out: LabelledText[] = [];
  content.split('\n').forEach((raw, i) => {
    const fields = raw.replace(/\r$/, '').split('\t');
    while (fields.length > 0 && fields[fields.length - 1].trim() === '') fields.pop();
    if (fields.length === 0) return;
    if (fields.length !== 2) throw new Error(`parseXedTsv: ${file}:${i + 1}: expected 2 fields, got ${fields.length} in ${JSON.stringify(raw)}`);
    const [text, ids] = options.idsFirst ? [fields[1], fields[0]] : [fields[0], fields[1]];
    const labels: Emotion[] = [];
    for (const id of ids.split(',')) {
      const key = id.trim();
      const mapped = /^\d+$/.test(key) ? mapping[Number(key)] : undefined;
      if (mapped === undefined) throw new Error(`parseXedTsv: ${file}:${i + 1}: field labels = ${JSON.stringify(ids)}: id ${JSON.stringify(key)} has no mapping`);
      if (mapped !== null && !labels.includes(mapped)) labels.push(mapped);
    }
    if (labels.length > 0) out.push({ text, labels, file, line: i + 1 });
  });
  return out;
}

/** Read an XED file from disk (see {@link parseXedTsv}). */
export function readXedTsv(path: string, options: { mapping?: XedMapping; idsFirst?: boolean } = {}): LabelledText[] {
  return parseXedTsv(readFileSync(path, 'utf8'), { ...options, file: path });
}
