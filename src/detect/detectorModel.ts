import { EMOTIONS } from '../core/emotions.ts';
import type { FeatureConfig, SparseRows } from './hashFeatures.ts';

/**
 * Weights of the offline emotion classifier: hashed sparse features -> embedding bag
 * (`buckets x width`) -> [ReLU -> dense `hidden x 7`] -> softmax over EMOTIONS.
 * With `hidden = 0` the bag is the logit layer itself (softmax regression, width 7).
 * All arrays are row-major float32.
 */
export interface DetectorModel {
  features: FeatureConfig;
  hidden: number;
  /** buckets x width, width = hidden || 7. */
  embedding: Float32Array;
  /** Bias after the bag (width). */
  bagBias: Float32Array;
  /** hidden x 7 (empty when hidden = 0). */
  outWeight: Float32Array;
  /** 7 (zeros when hidden = 0). */
  outBias: Float32Array;
}

/** Width of the embedding rows: the hidden size, or 7 for softmax regression. */
export function modelWidth(model: Pick<DetectorModel, 'hidden'>): number {
  return model.hidden > 0 ? model.hidden : EMOTIONS.length;
}

/**
 * Plain-TypeScript forward pass (float32 maths in float64 accumulators): softmax probabilities,
 * n x 7 row-major, for sparse rows made by hashFeatures with the model's config.
 * O(nnz x width + n x hidden x 7). The reference the tfjs path is tested against.
 */
export function predictProbabilities(model: DetectorModel, rows: SparseRows): Float32Array {
  const k = EMOTIONS.length;
  const width = modelWidth(model);
  const n = rows.rowPtr.length - 1;
  const out = new Float32Array(n * k);
  const bag = new Float64Array(width);
  const logits = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    bag.set(model.bagBias);
    for (let p = rows.rowPtr[r]; p < rows.rowPtr[r + 1]; p++) {
      const base = rows.ids[p] * width;
      const v = rows.values[p];
      for (let j = 0; j < width; j++) bag[j] += v * model.embedding[base + j];
    }
    if (model.hidden > 0) {
      for (let c = 0; c < k; c++) logits[c] = model.outBias[c];
      for (let h = 0; h < width; h++) {
        const a = bag[h] > 0 ? bag[h] : 0;
        if (a === 0) continue;
        for (let c = 0; c < k; c++) logits[c] += a * model.outWeight[h * k + c];
      }
    } else {
      for (let c = 0; c < k; c++) logits[c] = bag[c];
    }
    softmaxInto(logits, out, r * k);
  }
  return out;
}

function softmaxInto(logits: Float64Array, out: Float32Array, offset: number): void {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  let total = 0;
  for (let c = 0; c < logits.length; c++) total += Math.exp(logits[c] - max);
  for (let c = 0; c < logits.length; c++) out[offset + c] = Math.exp(logits[c] - max) / total;
}
