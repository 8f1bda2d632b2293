import { EMOTIONS, emotionIndex } from '../core/emotions.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { createRng, type Rng } from '../core/rng.ts';
import { initTf, tf } from '../tf/backend.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import { hashFeatures, type FeatureConfig, type SparseRows } from './hashFeatures.ts';
import type { LabelledText } from './labelledText.ts';
import { macroF1 } from './macroF1.ts';
import { modelWidth, predictProbabilities, type DetectorModel } from './detectorModel.ts';
import { tuneClassOffsets } from './tuneClassOffsets.ts';

/** Hyper-parameters of {@link trainDetectorModel}; all recorded in the training report. */
export interface TrainDetectorOptions {
  seed: number;
  features: FeatureConfig;
  /** Hidden ReLU units after the embedding bag; 0 for softmax regression. */
  hidden: number;
  maxEpochs: number;
  batchSize: number;
  learningRate: number;
  /** Class weight (N / (7 n_c))^power: 0 = none, 1 = fully balanced. */
  classWeightPower: number;
  /** Fraction of the training items held out for early stopping and offset tuning. */
  validationFraction: number;
  /** Stop after this many epochs without a better validation macro-F1. */
  patience: number;
  /** Tune per-class logit offsets for macro-F1 on the held-out slice and fold them into the biases. */
  tuneOffsets: boolean;
  /** Standard deviation of the embedding initialisation (MLP only; softmax regression starts at 0). */
  initScale: number;
  /** L2 penalty on the embedding rows present in each batch (lazy weight decay). */
  l2: number;
  /** Probability of dropping each non-zero input feature during training (inverted dropout). */
  featureDropout: number;
  /** Dropout on the hidden ReLU units during training (MLP only). */
  hiddenDropout: number;
  /** Held-out evaluations (early-stopping checkpoints) per epoch. */
  evaluationsPerEpoch: number;
  /** Only held-out items whose file path contains this text count for early stopping and offsets ('' = all). */
  validateOn: string;
  /** Training weight of items whose file path contains each key (others weigh 1), e.g. { 'xed-en': 0.5 }. */
  sourceWeights: Record<string, number>;
  logger?: Logger;
}

/** One epoch of training, as recorded in the report. */
export interface EpochRecord {
  /** Epochs completed at this checkpoint (fractional with several evaluations per epoch). */
  epoch: number;
  loss: number;
  validationMacroF1: number;
  validationAccuracy: number;
  seconds: number;
}

/** The trained model and how it was chosen. */
export interface TrainDetectorResult {
  model: DetectorModel;
  history: EpochRecord[];
  bestEpoch: number;
  classWeights: number[];
  offsets: number[];
  validation: { n: number; macroF1BeforeOffsets: number; macroF1: number };
  trainItems: number;
  backend: string;
}

/** Defaults chosen on the held-out slice of train (see data/detector/README). */
export const DEFAULT_TRAIN_OPTIONS: TrainDetectorOptions = {
  seed: 7,
  features: { buckets: 2 ** 18, wordNgrams: 2, charNgrams: null },
  hidden: 0,
  maxEpochs: 12,
  batchSize: 256,
  learningRate: 0.01,
  classWeightPower: 0.5,
  validationFraction: 0.1,
  patience: 2,
  tuneOffsets: true,
  initScale: 0.1,
  l2: 0,
  featureDropout: 0,
  hiddenDropout: 0,
  evaluationsPerEpoch: 1,
  validateOn: '',
  sourceWeights: {},
};

/**
 * Train the offline emotion classifier with TensorFlow.js, deterministically: the split, the
 * initial weights and the batch order come from `createRng(seed)`; the sparse batch is densified
 * over the batch's own feature ids (sorted), so every step is the same sequence of float32 ops on
 * the cpu and wasm backends. Loss: class-weighted cross-entropy against soft targets (a
 * multi-label row spreads its mass evenly over its labels). Optimiser: Adam with lazy (row-wise)
 * updates of the embedding. Early stopping on the macro-F1 of a held-out slice of the items.
 * @throws when there are too few items to hold out a validation slice.
 */
export async function trainDetectorModel(items: readonly LabelledText[], options: Partial<TrainDetectorOptions> = {}): Promise<TrainDetectorResult> {
  const o: TrainDetectorOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const logger = o.logger ?? silentLogger;
  for (const key of ['maxEpochs', 'batchSize', 'evaluationsPerEpoch', 'patience'] as const) {
    if (!(Number.isInteger(o[key]) && o[key] > 0)) throw new Error(`trainDetectorModel: options.${key} = ${o[key]}, expected a positive integer`);
  }
  if (!(o.learningRate > 0)) throw new Error(`trainDetectorModel: options.learningRate = ${o.learningRate}, expected > 0`);
  const backend = (await initTf()).backend;
  const rng = createRng(o.seed);
  const order = rng.fork('split').shuffle(items.map((_, i) => i));
  const nVal = Math.round(items.length * o.validationFraction);
  if (nVal < 1 || nVal >= items.length) throw new Error(`trainDetectorModel: ${items.length} items cannot hold out validationFraction = ${o.validationFraction}`);
  // Held-out items outside `validateOn` go back to training.
  const held = order.slice(0, nVal).map((i) => items[i]);
  const val = held.filter((t) => t.file.includes(o.validateOn));
  const train = [...order.slice(nVal).map((i) => items[i]), ...held.filter((t) => !t.file.includes(o.validateOn))];
  if (val.length === 0) throw new Error(`trainDetectorModel: no held-out item has a file path containing validateOn = ${JSON.stringify(o.validateOn)}`);
  const trainRows = hashFeatures(train.map((t) => t.text), o.features);
  const valRows = hashFeatures(val.map((t) => t.text), o.features);
  const targets = softTargets(train, o.sourceWeights);
  const classWeights = balancedWeights(targets, o.classWeightPower);
  const valGold = val.map((t) => emotionIndex(t.labels[0]));

  const state = initState(o, rng.fork('init'));
  const batchRng = rng.fork('batches');
  const dropRng = rng.fork('dropout');
  const history: EpochRecord[] = [];
  let best: { epoch: number; score: number; model: DetectorModel; checkpoint: number } | undefined;
  const checkpoints = o.maxEpochs * o.evaluationsPerEpoch;
  let step = 0;
  try {
    let perm: number[] = [];
    let cursor = 0;
    const batchesPerEpoch = Math.ceil(train.length / o.batchSize);
    for (let checkpoint = 1; checkpoint <= checkpoints; checkpoint++) {
      const t0 = performance.now();
      const until = Math.round((checkpoint * batchesPerEpoch) / o.evaluationsPerEpoch);
      let lossSum = 0;
      let batches = 0;
      for (; step < until; step++) {
        if (cursor >= perm.length) {
          perm = batchRng.shuffle(train.map((_, i) => i));
          cursor = 0;
        }
        const batch = perm.slice(cursor, cursor + o.batchSize);
        cursor += o.batchSize;
        lossSum += trainStep(state, denseBatch(trainRows, batch, targets, classWeights, { dropout: o.featureDropout, rng: dropRng }), o, dropRng);
        batches++;
      }
      const epoch = Number((checkpoint / o.evaluationsPerEpoch).toFixed(4));
      const model = await snapshot(state, o);
      const probs = predictProbabilities(model, valRows);
      const pred = argmaxRows(probs);
      const cm = confusionMatrix(valGold, pred, EMOTIONS.length);
      const score = macroF1(cm);
      const record = { epoch, loss: lossSum / Math.max(1, batches), validationMacroF1: score, validationAccuracy: diagonal(cm) / val.length, seconds: (performance.now() - t0) / 1000 };
      history.push(record);
      logger.info(`epoch ${epoch}: loss ${record.loss.toFixed(4)}, held-out macro-F1 ${score.toFixed(4)}, accuracy ${record.validationAccuracy.toFixed(4)} (${record.seconds.toFixed(1)} s)`);
      if (!best || score > best.score) best = { epoch, score, model, checkpoint };
      else if (checkpoint - best.checkpoint >= o.patience * o.evaluationsPerEpoch) break;
    }
  } finally {
    disposeState(state);
  }
  const chosen = best!;
  const probs = predictProbabilities(chosen.model, valRows);
  const tuned = o.tuneOffsets ? tuneClassOffsets(probs, valGold) : { offsets: new Array<number>(EMOTIONS.length).fill(0), macroF1: chosen.score, baseline: chosen.score };
  const model = withOffsets(chosen.model, tuned.offsets);
  return {
    model,
    history,
    bestEpoch: chosen.epoch,
    classWeights,
    offsets: tuned.offsets,
    validation: { n: val.length, macroF1BeforeOffsets: tuned.baseline, macroF1: tuned.macroF1 },
    trainItems: train.length,
    backend,
  };
}

/** Trainable tensors in a fixed order: [embedding, bagBias] or [embedding, bagBias, outWeight, outBias]. */
type Tensors = tf.Tensor[];
/** Parameters with their Adam moments; every step replaces the tensors (the old ones are disposed). */
interface TrainState { params: Tensors; m: Tensors; v: Tensors; t: number }

interface DenseBatch {
  /** Sorted distinct feature ids of the batch. */
  ids: Int32Array;
  /** batch x ids.length dense feature values. */
  x: Float32Array;
  /** batch x 7 class-weighted soft targets. */
  y: Float32Array;
  size: number;
}

function softTargets(items: readonly LabelledText[], sourceWeights: Record<string, number>): Float32Array {
  const k = EMOTIONS.length;
  const y = new Float32Array(items.length * k);
  const sources = Object.entries(sourceWeights);
  items.forEach((item, i) => {
    const w = sources.find(([key]) => item.file.includes(key))?.[1] ?? 1;
    for (const e of item.labels) y[i * k + emotionIndex(e)] += w / item.labels.length;
  });
  return y;
}

function balancedWeights(targets: Float32Array, power: number): number[] {
  const k = EMOTIONS.length;
  const n = targets.length / k;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < targets.length; i++) counts[i % k] += targets[i];
  return counts.map((c) => (c > 0 ? (n / (k * c)) ** power : 0));
}

function denseBatch(rows: SparseRows, batch: readonly number[], targets: Float32Array, weights: readonly number[], drop: { dropout: number; rng: Rng }): DenseBatch {
  const k = EMOTIONS.length;
  const seen = new Set<number>();
  for (const r of batch) for (let p = rows.rowPtr[r]; p < rows.rowPtr[r + 1]; p++) seen.add(rows.ids[p]);
  const ids = Int32Array.from(seen).sort();
  const local = new Map<number, number>();
  ids.forEach((id, j) => local.set(id, j));
  const x = new Float32Array(batch.length * ids.length);
  const y = new Float32Array(batch.length * k);
  batch.forEach((r, b) => {
    for (let p = rows.rowPtr[r]; p < rows.rowPtr[r + 1]; p++) {
      if (drop.dropout > 0 && drop.rng.next() < drop.dropout) continue;
      x[b * ids.length + local.get(rows.ids[p])!] += rows.values[p] / (1 - drop.dropout);
    }
    for (let c = 0; c < k; c++) y[b * k + c] = targets[r * k + c] * weights[c];
  });
  return { ids, x, y, size: batch.length };
}

function initState(o: TrainDetectorOptions, rng: Rng): TrainState {
  const width = modelWidth(o);
  const k = EMOTIONS.length;
  let params: Tensors;
  if (o.hidden === 0) {
    params = [tf.zeros([o.features.buckets, width]), tf.zeros([width])];
  } else {
    const emb = new Float32Array(o.features.buckets * width);
    const embRng = rng.fork('embedding');
    for (let i = 0; i < emb.length; i++) emb[i] = embRng.normal() * o.initScale;
    const limit = Math.sqrt(6 / (o.hidden + k)); // Glorot uniform
    const outRng = rng.fork('out');
    const out = Float32Array.from({ length: o.hidden * k }, () => (outRng.next() * 2 - 1) * limit);
    params = [tf.tensor2d(emb, [o.features.buckets, width]), tf.zeros([width]), tf.tensor2d(out, [o.hidden, k]), tf.zeros([k])];
  }
  return { params, m: params.map((p) => tf.zerosLike(p)), v: params.map((p) => tf.zerosLike(p)), t: 0 };
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;

/**
 * One Adam step on a dense batch; the embedding gets a lazy update (only the batch's rows, with
 * their moments, are gathered, updated and scattered back). Replaces the state's tensors; returns the loss.
 */
function trainStep(state: TrainState, batch: DenseBatch, o: TrainDetectorOptions, rng: Rng): number {
  state.t++;
  const k = EMOTIONS.length;
  const count = state.params.length;
  const lr = o.learningRate * Math.sqrt(1 - BETA2 ** state.t) / (1 - BETA1 ** state.t);
  const keep = 1 - o.hiddenDropout;
  const mask = o.hidden > 0 && o.hiddenDropout > 0
    ? Float32Array.from({ length: batch.size * o.hidden }, () => (rng.next() < keep ? 1 / keep : 0))
    : undefined;
  const result = tf.tidy(() => {
    const x = tf.tensor2d(batch.x, [batch.size, batch.ids.length]);
    const y = tf.tensor2d(batch.y, [batch.size, k]);
    const rowIds = tf.tensor1d(batch.ids, 'int32');
    const lossOf = (...args: tf.Tensor[]): tf.Scalar => {
      const [e, b1, w2, b2] = args;
      let z = tf.add(tf.matMul(x, e as tf.Tensor2D), b1) as tf.Tensor2D;
      if (w2 && b2) {
        const h = mask ? tf.mul(tf.relu(z), tf.tensor2d(mask, [batch.size, o.hidden])) : tf.relu(z);
        z = tf.add(tf.matMul(h, w2 as tf.Tensor2D), b2);
      }
      const loss = tf.div(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(z)))), batch.size);
      return (o.l2 > 0 ? tf.add(loss, tf.mul(tf.sum(tf.square(e)), o.l2)) : loss) as tf.Scalar;
    };
    const inputs = [tf.gather(state.params[0], rowIds), ...state.params.slice(1)];
    const { value, grads } = tf.valueAndGrads(lossOf)(inputs);
    const adam = (p: tf.Tensor, m: tf.Tensor, v: tf.Tensor, g: tf.Tensor): Tensors => {
      const m2 = tf.add(tf.mul(m, BETA1), tf.mul(g, 1 - BETA1));
      const v2 = tf.add(tf.mul(v, BETA2), tf.mul(tf.square(g), 1 - BETA2));
      return [tf.sub(p, tf.mul(tf.div(m2, tf.add(tf.sqrt(v2), EPSILON)), lr)), m2, v2];
    };
    const where = tf.reshape(rowIds, [-1, 1]);
    const [e2, me2, ve2] = adam(inputs[0], tf.gather(state.m[0], rowIds), tf.gather(state.v[0], rowIds), grads[0]);
    const params = [tf.tensorScatterUpdate(state.params[0], where, e2)];
    const m = [tf.tensorScatterUpdate(state.m[0], where, me2)];
    const v = [tf.tensorScatterUpdate(state.v[0], where, ve2)];
    for (let i = 1; i < count; i++) {
      const [p2, m2, v2] = adam(state.params[i], state.m[i], state.v[i], grads[i]);
      params.push(p2);
      m.push(m2);
      v.push(v2);
    }
    return [...params, ...m, ...v, value];
  });
  disposeState(state);
  state.params = result.slice(0, count);
  state.m = result.slice(count, 2 * count);
  state.v = result.slice(2 * count, 3 * count);
  const loss = result[3 * count].dataSync()[0];
  result[3 * count].dispose();
  return loss;
}

function disposeState(state: TrainState): void {
  for (const t of [...state.params, ...state.m, ...state.v]) t.dispose();
}

async function snapshot(state: TrainState, o: TrainDetectorOptions): Promise<DetectorModel> {
  const [embedding, bagBias, outWeight, outBias] = state.params;
  return {
    features: { ...o.features },
    hidden: o.hidden,
    embedding: (await embedding.data()) as Float32Array,
    bagBias: (await bagBias.data()) as Float32Array,
    outWeight: outWeight ? ((await outWeight.data()) as Float32Array) : new Float32Array(0),
    outBias: outBias ? ((await outBias.data()) as Float32Array) : new Float32Array(EMOTIONS.length),
  };
}

function withOffsets(model: DetectorModel, offsets: readonly number[]): DetectorModel {
  if (model.hidden > 0) return { ...model, outBias: Float32Array.from(model.outBias, (b, c) => b + offsets[c]) };
  return { ...model, bagBias: Float32Array.from(model.bagBias, (b, c) => b + offsets[c]) };
}

function argmaxRows(probs: Float32Array): Int32Array {
  const k = EMOTIONS.length;
  const out = new Int32Array(probs.length / k);
  for (let i = 0; i < out.length; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}

function diagonal(m: number[][]): number {
  return m.reduce((s, row, i) => s + row[i], 0);
}
