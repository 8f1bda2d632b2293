import { EMOTIONS } from '../core/emotions.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import type { Rng } from '../core/rng.ts';
import { tf } from '../tf/backend.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import type { SparseRows } from './hashFeatures.ts';
import { macroF1 } from './macroF1.ts';
import { modelWidth, predictProbabilities, type DetectorModel } from './detectorModel.ts';
import type { EpochRecord, TrainDetectorOptions } from './trainDetectorModel.ts';

/** Featurised training data shared by every member. */
export interface MemberData {
  trainRows: SparseRows;
  /** train x 7 soft targets (source-weighted). */
  targets: Float32Array;
  classWeights: readonly number[];
  valRows: SparseRows;
  valGold: readonly number[];
}

/** One trained network: the best checkpoint on the held-out slice. */
export interface MemberFit {
  model: DetectorModel;
  bestEpoch: number;
  history: EpochRecord[];
}

/**
 * Train one embedding-bag network with TensorFlow.js (the kernel behind trainDetectorModel):
 * initial weights, batch order and dropout masks from `context.rng`; the sparse batch is
 * densified over its own sorted feature ids, so each step is the same sequence of float32 ops on
 * a given backend. Loss: class-weighted cross-entropy against soft targets. Adam, with lazy
 * (row-wise) updates of the embedding. Keeps the checkpoint with the best held-out macro-F1 and
 * stops after `patience` epochs without improvement. Leaks no tensor.
 */
export async function fitDetectorMember(data: MemberData, o: TrainDetectorOptions, context: { rng: Rng; member: number; logger?: Logger }): Promise<MemberFit> {
  const rng = context.rng;
  const logger = context.logger ?? silentLogger;
  const { trainRows, targets, classWeights, valRows, valGold } = data;
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
    const batchesPerEpoch = Math.ceil((trainRows.rowPtr.length - 1) / o.batchSize);
    for (let checkpoint = 1; checkpoint <= checkpoints; checkpoint++) {
      const t0 = performance.now();
      const until = Math.round((checkpoint * batchesPerEpoch) / o.evaluationsPerEpoch);
      let lossSum = 0;
      let batches = 0;
      for (; step < until; step++) {
        if (cursor >= perm.length) {
          perm = batchRng.shuffle(Array.from({ length: trainRows.rowPtr.length - 1 }, (_, i) => i));
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
      const record = { member: context.member, epoch, loss: lossSum / Math.max(1, batches), validationMacroF1: score, validationAccuracy: diagonal(cm) / valGold.length, seconds: (performance.now() - t0) / 1000 };
      history.push(record);
      logger.info(`member ${context.member} epoch ${epoch}: loss ${record.loss.toFixed(4)}, held-out macro-F1 ${score.toFixed(4)}, accuracy ${record.validationAccuracy.toFixed(4)} (${record.seconds.toFixed(1)} s)`);
      if (!best || score > best.score) best = { epoch, score, model, checkpoint };
      else if (checkpoint - best.checkpoint >= o.patience * o.evaluationsPerEpoch) break;
    }
  } finally {
    disposeState(state);
  }
  return { model: best!.model, bestEpoch: best!.epoch, history };
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
