import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import { dataPath } from '../core/dataPath.ts';
import { countWords, type SimCorpusData } from './buildSimCorpus.ts';
import { schemaError } from '../core/schemaError.ts';

/** The loaded sentence pool, with per-emotion short-line subsets for minimal (stonewalling) answers. */
export interface SimCorpus extends SimCorpusData {
  /** Lines of at most `maxWords` words per emotion; falls back to the full list when none is that short. */
  short(emotion: Emotion, maxWords: number): readonly string[];
}

const schema = z.object({
  _about: z.string().optional(),
  source: z.string().optional(),
  sentences: z.object(Object.fromEntries(EMOTIONS.map((e) => [e, z.array(z.string().min(1)).min(1)])) as Record<Emotion, z.ZodArray<z.ZodString>>).strict(),
}).strict();

/**
 * Validate raw JSON as a sentence pool (every emotion present, non-empty).
 * @throws an error naming the source, the field path and the offending value.
 */
export function parseSimCorpus(raw: unknown, options: { source?: string } = {}): SimCorpus {
  const source = options.source ?? 'sim corpus';
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw schemaError(source, raw, parsed.error);
  const sentences = parsed.data.sentences as Record<Emotion, string[]>;
  const shortCache = new Map<string, readonly string[]>();
  return {
    sentences,
    short(emotion, maxWords) {
      const key = `${emotion}/${maxWords}`;
      let list = shortCache.get(key);
      if (list === undefined) {
        const few = sentences[emotion].filter((s) => countWords(s) <= maxWords);
        list = few.length > 0 ? few : sentences[emotion];
        shortCache.set(key, list);
      }
      return list;
    },
  };
}

const cache = new Map<string, SimCorpus>();

/**
 * Load `data/sim-corpus/sentences.json` (held-out XED lines, CC BY 4.0), once per path.
 * @example loadSimCorpus().sentences.Anger.length > 100 // true
 */
export function loadSimCorpus(options: { path?: string } = {}): SimCorpus {
  const path = options.path ?? dataPath('sim-corpus', 'sentences.json');
  const hit = cache.get(path);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadSimCorpus: cannot read ${path}: ${(err as Error).message}`);
  }
  const corpus = parseSimCorpus(raw, { source: path });
  cache.set(path, corpus);
  return corpus;
}
