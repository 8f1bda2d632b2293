import { readFileSync } from 'node:fs';
import { EMOTIONS, emotionIndex, type Emotion } from '../core/emotions.ts';
import { dataPath } from '../core/dataPath.ts';
import { tokenize } from './tokenize.ts';
import type { Detection, EmotionDetector } from './types.ts';

/** An Empath category counted towards an emotion with a weight. */
export interface LexiconCategory {
  category: string;
  emotion: Exclude<Emotion, 'Neutral'>;
  weight: number;
}

/**
 * Empath categories -> emotions. The category named after each emotion weighs 1; related
 * categories weigh 0.5. `negative_emotion` is left out: it does not say which negative emotion.
 */
export const EMPATH_EMOTION_CATEGORIES: readonly LexiconCategory[] = [
  { category: 'joy', emotion: 'Joy', weight: 1 },
  { category: 'cheerfulness', emotion: 'Joy', weight: 0.5 },
  { category: 'optimism', emotion: 'Joy', weight: 0.5 },
  { category: 'contentment', emotion: 'Joy', weight: 0.5 },
  { category: 'positive_emotion', emotion: 'Joy', weight: 0.5 },
  { category: 'love', emotion: 'Joy', weight: 0.5 },
  { category: 'sadness', emotion: 'Sadness', weight: 1 },
  { category: 'suffering', emotion: 'Sadness', weight: 0.5 },
  { category: 'disappointment', emotion: 'Sadness', weight: 0.5 },
  { category: 'shame', emotion: 'Sadness', weight: 0.5 },
  { category: 'anger', emotion: 'Anger', weight: 1 },
  { category: 'rage', emotion: 'Anger', weight: 0.5 },
  { category: 'hate', emotion: 'Anger', weight: 0.5 },
  { category: 'irritability', emotion: 'Anger', weight: 0.5 },
  { category: 'exasperation', emotion: 'Anger', weight: 0.5 },
  { category: 'fear', emotion: 'Fear', weight: 1 },
  { category: 'nervousness', emotion: 'Fear', weight: 0.5 },
  { category: 'horror', emotion: 'Fear', weight: 0.5 },
  { category: 'surprise', emotion: 'Surprise', weight: 1 },
  { category: 'confusion', emotion: 'Surprise', weight: 0.5 },
  { category: 'disgust', emotion: 'Disgust', weight: 1 },
];

/**
 * Word -> per-emotion weight table from Empath's categories.tsv rows: a word in several
 * categories of one emotion takes the largest weight. Multi-word terms keep Empath's `_` joiner.
 * @throws naming the category when a mapped category is missing from the file.
 */
export function buildEmotionLexicon(categoriesTsv: string, mapping: readonly LexiconCategory[] = EMPATH_EMOTION_CATEGORIES): Map<string, Float64Array> {
  const rows = new Map<string, string[]>();
  for (const line of categoriesTsv.split('\n')) {
    const [name, ...words] = line.replace(/\r$/, '').split('\t');
    if (name) rows.set(name, words.filter((w) => w !== ''));
  }
  const lexicon = new Map<string, Float64Array>();
  for (const { category, emotion, weight } of mapping) {
    const words = rows.get(category);
    if (!words) throw new Error(`buildEmotionLexicon: category ${JSON.stringify(category)} is not in the lexicon file`);
    const c = emotionIndex(emotion);
    for (const word of words) {
      const key = word.toLowerCase();
      let w = lexicon.get(key);
      if (!w) lexicon.set(key, (w = new Float64Array(EMOTIONS.length)));
      w[c] = Math.max(w[c], weight);
    }
  }
  return lexicon;
}

/**
 * Score one text: sum, over its tokens and runs of 2 or 3 tokens (joined by `_`, Empath's
 * longest terms have 3 words), of each emotion's lexicon weight. Returns the 7 scores (Neutral always 0).
 */
export function lexiconScores(text: string, lexicon: ReadonlyMap<string, Float64Array>): number[] {
  const scores = new Array<number>(EMOTIONS.length).fill(0);
  const tokens = tokenize(text);
  const add = (key: string) => {
    const w = lexicon.get(key);
    if (w) for (let c = 0; c < w.length; c++) scores[c] += w[c];
  };
  tokens.forEach((t, i) => {
    add(t);
    if (i + 1 < tokens.length) add(`${t}_${tokens[i + 1]}`);
    if (i + 2 < tokens.length) add(`${t}_${tokens[i + 1]}_${tokens[i + 2]}`);
  });
  return scores;
}

/**
 * Lexicon baseline behind the EmotionDetector interface, from data/lexicon/categories.tsv
 * (Empath, MIT) through {@link EMPATH_EMOTION_CATEGORIES}. The emotion with the highest score
 * wins; exact ties go to the emotion first in EMOTIONS order; Neutral when no word matches.
 * @example (await createLexiconDetector().detect(['I am furious']))[0].emotion // 'Anger'
 */
export function createLexiconDetector(options: { path?: string; mapping?: readonly LexiconCategory[] } = {}): EmotionDetector {
  let lexicon: Map<string, Float64Array> | undefined;
  return {
    name: 'lexicon',
    async detect(texts: string[]): Promise<Detection[]> {
      lexicon ??= buildEmotionLexicon(readFileSync(options.path ?? dataPath('lexicon', 'categories.tsv'), 'utf8'), options.mapping);
      return texts.map((text) => {
        const scores = lexiconScores(text, lexicon!);
        let best = EMOTIONS.length - 1;
        let top = 0;
        scores.forEach((s, c) => {
          if (s > top) { top = s; best = c; }
        });
        return { emotion: EMOTIONS[best], ok: true, scores };
      });
    },
  };
}
