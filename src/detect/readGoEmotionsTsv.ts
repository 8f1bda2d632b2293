import { readFileSync } from 'node:fs';
import { parseEmotion, type Emotion } from '../core/emotions.ts';
import type { LabelledText } from './labelledText.ts';

/**
 * Parse a GoEmotions-style TSV (`text \t comma-separated label ids [\t id]`, no header).
 * `labelNames[i]` names label id i (e.g. ekman_labels.txt: anger, disgust, ...); each name is
 * read with parseEmotion. Blank lines are skipped.
 * @throws naming the file, line, field and value on a malformed row or unknown id.
 * @example parseGoEmotionsTsv('wow\t6\tx1', { labelNames: ['anger', ..., 'surprise'] })[0].labels // ['Surprise']
 */
export function parseGoEmotionsTsv(content: string, options: { labelNames: readonly string[]; file?: string }): LabelledText[] {
  const file = options.file ?? '(goemotions tsv)';
  const emotions = options.labelNames.map((name, i) => {
    const e = parseEmotion(name);
    if (!e) throw new Error(`parseGoEmotionsTsv: ${file}: label name ${i} = ${JSON.stringify(name)} is not one of the seven emotions`);
    return e;
  });
  const out: LabelledText[] = [];
  content.split('\n').forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    if (row.trim() === '') return;
    const fields = row.split('\t');
    if (fields.length < 2) throw new Error(`parseGoEmotionsTsv: ${file}:${i + 1}: expected text and labels fields, got ${JSON.stringify(row)}`);
    const labels = fields[1].split(',').map((id) => {
      const e = /^\s*\d+\s*$/.test(id) ? emotions[Number(id)] : undefined;
      if (!e) throw new Error(`parseGoEmotionsTsv: ${file}:${i + 1}: field labels = ${JSON.stringify(fields[1])}: id ${JSON.stringify(id.trim())} is not in 0..${emotions.length - 1}`);
      return e;
    });
    out.push({ text: fields[0], labels: dedupe(labels), file, line: i + 1 });
  });
  return out;
}

/** Read a GoEmotions-style TSV file; label names come from `labelsPath` (one per line). */
export function readGoEmotionsTsv(path: string, options: { labelsPath: string }): LabelledText[] {
  const labelNames = readFileSync(options.labelsPath, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s !== '');
  return parseGoEmotionsTsv(readFileSync(path, 'utf8'), { labelNames, file: path });
}

function dedupe(labels: Emotion[]): Emotion[] {
  return labels.filter((e, i) => labels.indexOf(e) === i);
}
