import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import { isSimCorpusLine, normalizeCorpusText } from './corpusSplit.ts';

/** XED label ids (1..8, Plutchik) mapped to the kit's emotions; anticipation (2) and trust (8) are dropped. */
export const XED_LABELS: Readonly<Record<string, Emotion | null>> = {
  1: 'Anger', 2: null, 3: 'Disgust', 4: 'Fear', 5: 'Joy', 6: 'Sadness', 7: 'Surprise', 8: null,
};

/** The simulated debtor's sentence pool: held-out XED lines grouped by emotion, sorted. */
export interface SimCorpusData {
  sentences: Record<Emotion, string[]>;
}

/** Words of a line: white-space tokens holding a letter or a digit (XED separates punctuation). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/**
 * Build the pool from the two XED English files (METHOD.md section 8). Kept: single-label lines of
 * `en-annotated.tsv` whose label maps to an emotion, and `neu_en.txt` lines as Neutral; 4 to 30 words;
 * no digit (so the offer is the only number in a debtor message); only lines with
 * `isSimCorpusLine(text)` (the detector trains on the rest). A text XED annotates in any other way
 * too (another emotion, a dropped label, several labels) is dropped; duplicates are kept once. Output is sorted, so the build is deterministic.
 * Complexity O(lines).
 * @example buildSimCorpus('I hate you all .\t1\r\n', '').sentences.Anger // ['I hate you all .'] if held out
 */
export function buildSimCorpus(annotatedTsv: string, neutralTxt: string, options: { minWords?: number; maxWords?: number } = {}): SimCorpusData {
  const minWords = options.minWords ?? 4;
  const maxWords = options.maxWords ?? 30;
  const seen = new Map<string, { text: string; emotion: Emotion | 'conflict' }>();
  const add = (text: string, emotion: Emotion | 'conflict') => {
    const key = normalizeCorpusText(text);
    const prev = seen.get(key);
    if (prev === undefined) seen.set(key, { text, emotion });
    else if (prev.emotion !== emotion) prev.emotion = 'conflict';
  };
  for (const line of annotatedTsv.split(/\r?\n/)) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const labels = line.slice(tab + 1).split(',').map((s) => s.trim()).filter(Boolean);
    const emotion = labels.length === 1 ? XED_LABELS[labels[0]] : null;
    add(line.slice(0, tab).trim(), emotion ?? 'conflict');
  }
  for (const line of neutralTxt.split(/\r?\n/)) {
    const [marker, text] = line.split('\t');
    if (marker?.trim() === '9' && text?.trim()) add(text.trim(), 'Neutral');
  }
  const sentences = Object.fromEntries(EMOTIONS.map((e) => [e, [] as string[]])) as Record<Emotion, string[]>;
  for (const { text, emotion } of seen.values()) {
    if (emotion === 'conflict' || /\d/.test(text)) continue;
    const words = countWords(text);
    if (words < minWords || words > maxWords || !isSimCorpusLine(text)) continue;
    sentences[emotion].push(text);
  }
  for (const e of EMOTIONS) sentences[e].sort();
  return { sentences };
}
