import { readFileSync } from 'node:fs';
import { parseEmotion } from '../core/emotions.ts';
import type { LabelledText } from './labelledText.ts';
import { parseCsv } from './parseCsv.ts';

/**
 * Parse a CSV with a header row holding a text column and a label column (default names `text`
 * and `label`). Labels are read with parseEmotion, so "happy", "Anger" or "N" all work; several
 * labels may be separated by `;` or `|`.
 * @throws naming the file, line, field and value on a missing column, short row or unknown label.
 * @example parseLabelledCsv('text,label\nI am fine,neutral')[0].labels // ['Neutral']
 */
export function parseLabelledCsv(content: string, options: { file?: string; textColumn?: string; labelColumn?: string } = {}): LabelledText[] {
  const file = options.file ?? '(csv)';
  const textColumn = options.textColumn ?? 'text';
  const labelColumn = options.labelColumn ?? 'label';
  const [header, ...rows] = parseCsv(content.replace(/^\uFEFF/, ''), { file });
  if (!header) throw new Error(`parseLabelledCsv: ${file}: empty file, expected a header with ${textColumn} and ${labelColumn}`);
  const names = header.fields.map((h) => h.trim());
  const ti = names.indexOf(textColumn);
  const li = names.indexOf(labelColumn);
  if (ti < 0 || li < 0) {
    throw new Error(`parseLabelledCsv: ${file}:1: header ${JSON.stringify(names)} lacks column ${JSON.stringify(ti < 0 ? textColumn : labelColumn)}`);
  }
  return rows.map(({ line, fields }) => {
    if (fields.length <= Math.max(ti, li)) throw new Error(`parseLabelledCsv: ${file}:${line}: row has ${fields.length} fields, expected ${names.length}`);
    const labels = fields[li].split(/[;|]/).map((raw) => {
      const e = parseEmotion(raw);
      if (!e) throw new Error(`parseLabelledCsv: ${file}:${line}: field ${labelColumn} = ${JSON.stringify(raw)} is not one of the seven emotions`);
      return e;
    });
    return { text: fields[ti], labels: labels.filter((e, i) => labels.indexOf(e) === i), file, line };
  });
}

/** Read a labelled CSV from disk (see {@link parseLabelledCsv}). */
export function readLabelledCsv(path: string, options: { textColumn?: string; labelColumn?: string } = {}): LabelledText[] {
  return parseLabelledCsv(readFileSync(path, 'utf8'), { ...options, file: path });
}
