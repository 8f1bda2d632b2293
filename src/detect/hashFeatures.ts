import { hashString } from '../core/rng.ts';
import { tokenize } from './tokenize.ts';

/** Which hashed n-grams describe a text. Part of every saved model's manifest. */
export interface FeatureConfig {
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** Word n-grams up to this order (1 = unigrams, 2 = unigrams + bigrams). */
  wordNgrams: number;
  /** Character n-gram orders [min, max] inside `<word>`, or null for none. */
  charNgrams: [number, number] | null;
}

/**
 * Rows of a sparse matrix in CSR form: row r owns ids/counts/values[rowPtr[r] .. rowPtr[r + 1]).
 * values[p] = counts[p] * scale[r], so a kernel may sum embedding rows id-by-id (each `count`
 * times) and scale once per row, which is how the tfjs path uses sparseSegmentSum.
 */
export interface SparseRows {
  rowPtr: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
  values: Float32Array;
  /** Per row: 1 / L2 norm of its counts (0 for an empty row). */
  scale: Float32Array;
}

/**
 * Hash each text into a sparse vector: word n-grams and (optionally) character n-grams, each
 * hashed with FNV-1a (plus a murmur3 finaliser) into `config.buckets` buckets; each row's counts
 * are scaled to unit L2 norm. Ids within a row are sorted ascending, so the
 * result is identical on every machine. Empty texts give empty rows.
 * O(total characters x char-gram orders).
 * @throws when buckets is not a power of two or an order is out of range.
 * @example hashFeatures(['so happy'], { buckets: 1024, wordNgrams: 2, charNgrams: null }).rowPtr // [0, 3]
 */
export function hashFeatures(texts: readonly string[], config: FeatureConfig): SparseRows {
  checkFeatureConfig(config);
  const mask = config.buckets - 1;
  const rowPtr = new Int32Array(texts.length + 1);
  const ids: number[] = [];
  const counts: number[] = [];
  const values: number[] = [];
  const scales = new Float32Array(texts.length);
  const tally = new Map<number, number>();
  const add = (key: string) => {
    const id = fmix32(hashString(key)) & mask;
    tally.set(id, (tally.get(id) ?? 0) + 1);
  };
  texts.forEach((text, r) => {
    tally.clear();
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      let gram = tokens[i];
      add(`w ${gram}`);
      for (let n = 2; n <= config.wordNgrams && i + n <= tokens.length; n++) {
        gram += ` ${tokens[i + n - 1]}`;
        add(`w${n} ${gram}`);
      }
      if (config.charNgrams) addCharNgrams(tokens[i], config.charNgrams, add);
    }
    const row = [...tally.entries()].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, c] of row) norm += c * c;
    const scale = norm > 0 ? Math.fround(1 / Math.sqrt(norm)) : 0;
    scales[r] = scale;
    for (const [id, c] of row) {
      ids.push(id);
      counts.push(c);
      values.push(c * scale);
    }
    rowPtr[r + 1] = ids.length;
  });
  return { rowPtr, ids: Int32Array.from(ids), counts: Int32Array.from(counts), values: Float32Array.from(values), scale: scales };
}

function addCharNgrams(token: string, [min, max]: [number, number], add: (key: string) => void): void {
  const chars = Array.from(`<${token}>`);
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      if (n === chars.length) continue; // the whole word is already a unigram
      add(`c ${chars.slice(i, i + n).join('')}`);
    }
  }
}

/** Murmur3's 32-bit finaliser: spreads FNV-1a's weak low bits before masking. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** @throws naming the field and value when a feature config is invalid. */
export function checkFeatureConfig(config: FeatureConfig): void {
  const { buckets, wordNgrams, charNgrams } = config;
  if (!Number.isInteger(buckets) || buckets < 2 || (buckets & (buckets - 1)) !== 0 || buckets > 2 ** 30) {
    throw new Error(`hashFeatures: config.buckets = ${buckets}, expected a power of two in 2..2^30`);
  }
  if (!Number.isInteger(wordNgrams) || wordNgrams < 1 || wordNgrams > 4) {
    throw new Error(`hashFeatures: config.wordNgrams = ${wordNgrams}, expected an integer in 1..4`);
  }
  if (charNgrams !== null && !(Number.isInteger(charNgrams[0]) && Number.isInteger(charNgrams[1]) && charNgrams[0] >= 1 && charNgrams[0] <= charNgrams[1] && charNgrams[1] <= 8)) {
    throw new Error(`hashFeatures: config.charNgrams = ${JSON.stringify(charNgrams)}, expected null or [min, max] with 1 <= min <= max <= 8`);
  }
}
