import { EMOTIONS } from '../core/emotions.ts';
import { initTf, tf } from '../tf/backend.ts';
import { cachedDetectorModel } from './cachedDetectorModel.ts';
import { modelWidth, type DetectorModel } from './detectorModel.ts';
import { detectionsFromScores } from './detectionsFromScores.ts';
import { hashFeatures, type SparseRows } from './hashFeatures.ts';
import type { Detection, EmotionDetector } from './types.ts';

/** Weights held as tensors for the life of the process (never disposed, so detect() leaks nothing). */
interface ModelTensors {
  model: DetectorModel;
  embedding: tf.Tensor2D;
  bagBias: tf.Tensor1D;
  outWeight?: tf.Tensor2D;
  outBias: tf.Tensor1D;
}

const tensorCache = new WeakMap<DetectorModel, ModelTensors>();

/**
 * The offline emotion classifier on TensorFlow.js. Loads the shipped model from data/detector
 * (or `dir`, or an in-memory `model`) once per process; texts are hashed in plain TS and scored in
 * chunks of `maxBatch` (default 1024) inside tf.tidy: sparseSegmentSum of the embedding rows per
 * text, row scale, then ReLU + dense + softmax.
 * @example (await createTfjsDetector().detect(['I am so scared']))[0].emotion // 'Fear'
 */
export function createTfjsDetector(options: { dir?: string; model?: DetectorModel; maxBatch?: number } = {}): EmotionDetector {
  const maxBatch = options.maxBatch ?? 1024;
  if (!(Number.isInteger(maxBatch) && maxBatch > 0)) throw new Error(`createTfjsDetector: options.maxBatch = ${maxBatch}, expected a positive integer`);
  let tensors: ModelTensors | undefined;
  return {
    name: 'tfjs',
    async detect(texts: string[]): Promise<Detection[]> {
      await initTf();
      tensors ??= modelTensors(options.model ?? cachedDetectorModel(options.dir));
      const out: Detection[] = [];
      for (let start = 0; start < texts.length; start += maxBatch) {
        const chunk = texts.slice(start, start + maxBatch);
        out.push(...detectionsFromScores(tfjsProbabilities(tensors, hashFeatures(chunk, tensors.model.features))));
      }
      return out;
    },
  };
}

function modelTensors(model: DetectorModel): ModelTensors {
  let t = tensorCache.get(model);
  if (!t) {
    const width = modelWidth(model);
    t = {
      model,
      embedding: tf.tensor2d(model.embedding, [model.features.buckets, width]),
      bagBias: tf.tensor1d(model.bagBias),
      outWeight: model.hidden > 0 ? tf.tensor2d(model.outWeight, [model.hidden, EMOTIONS.length]) : undefined,
      outBias: tf.tensor1d(model.outBias),
    };
    tensorCache.set(model, t);
  }
  return t;
}

/**
 * Softmax probabilities (n x 7, row-major) on the current tfjs backend. The bag is
 * sparseSegmentSum(embedding, ids repeated by count, row ids) times the row scale: the kernel
 * reads embedding rows directly (a separate gather is ~10x slower on wasm).
 */
function tfjsProbabilities(t: ModelTensors, rows: SparseRows): Float32Array {
  const n = rows.rowPtr.length - 1;
  const width = modelWidth(t.model);
  let total = 0;
  for (let p = 0; p < rows.counts.length; p++) total += rows.counts[p];
  const ids = new Int32Array(total);
  const segments = new Int32Array(total);
  let at = 0;
  for (let r = 0; r < n; r++) {
    for (let p = rows.rowPtr[r]; p < rows.rowPtr[r + 1]; p++) {
      for (let c = 0; c < rows.counts[p]; c++) {
        ids[at] = rows.ids[p];
        segments[at++] = r;
      }
    }
  }
  return tf.tidy(() => {
    let bag: tf.Tensor2D;
    if (total === 0) {
      bag = tf.zeros([n, width]);
    } else {
      bag = tf.sparse.sparseSegmentSum(t.embedding, tf.tensor1d(ids, 'int32'), tf.tensor1d(segments, 'int32')) as tf.Tensor2D;
      const missing = n - bag.shape[0]; // trailing empty texts have no segment
      if (missing > 0) bag = tf.concat([bag, tf.zeros([missing, width])], 0);
      bag = tf.mul(bag, tf.tensor2d(rows.scale, [n, 1]));
    }
    let logits: tf.Tensor2D = tf.add(bag, t.bagBias);
    if (t.outWeight) logits = tf.add(tf.matMul(tf.relu(logits), t.outWeight), t.outBias);
    return tf.softmax(logits).dataSync() as Float32Array;
  });
}
