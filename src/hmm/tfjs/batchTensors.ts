/**
 * Internal kernel boundary of the tfjs HMM kernels: uploads parameters (as float64 logs cast to
 * float32) and a padded batch, and runs the forward and backward recursions one time step at a
 * time over the whole batch. Every function here must be called inside `tf.tidy`.
 *
 * Numerics (float32 throughout on the device):
 * - Every parameter's log is taken in float64 before the upload, so a probability of 1e-300 is
 *   carried as log -690.78, never as an underflowed 0. float32 holds that log to ~3e-5 absolute,
 *   so ratios of such tiny probabilities carry ~4e-5 relative error per factor.
 * - The forward pass subtracts each sequence's maximum at every step (offset o_t, pulled to the
 *   host and summed in float64), the backward pass likewise its own maximum: all device values
 *   stay O(1) whatever the sequence length, and the log-likelihood error grows by ~3e-8 per step
 *   (measured), not with the magnitude of the total.
 * - Posteriors gamma_t and pair posteriors xi_t are normalised per step, so no long-range sum
 *   (and none of its float32 drift) enters them.
 * - Inside a log-sum-exp, terms more than ~87-103 nats below the largest one underflow to 0
 *   (they are below float32 resolution anyway). log 0 = -Infinity is carried exactly: the shift
 *   is floored at -3e38, so an all -Infinity column gives -Infinity, never NaN.
 * Cost: each time step is ~13 kernel calls whatever the batch size; on the wasm backend a call
 * costs ~10 us, so one long sequence is faster in the float64 reference, and the tfjs kernels pay
 * off only on large batches or a faster backend.
 */
import { tf } from '../../tf/backend.ts';
import type { LogParams } from '../logParams.ts';
import type { PaddedBatch } from './padBatch.ts';

type T1 = tf.Tensor1D;
type T2 = tf.Tensor2D;
type T3 = tf.Tensor3D;

/** Uploaded parameters and per-step slices of the batch. */
export interface BatchTensors {
  T: number;
  B: number;
  N: number;
  logStart: T1;
  logTrans: T2;
  /** emis[t]: [B, N] log P(o_t^b | S = i); -Infinity where the symbol is impossible. */
  emis: T2[];
  /** All emission logs stacked, [T, B, N]. */
  emisAll: T3;
  /** mask[t]: [B, 1] bool, true where step t exists. */
  mask: T2[];
  /** allValid[t]: every sequence has step t (the mask can be skipped: one kernel call less per step). */
  allValid: boolean[];
  /** Floor of the shifting maximum (a scalar -3e38). */
  floor: tf.Scalar;
}

/** Upload parameters and batch. Call inside tf.tidy. */
export function batchTensors(lp: LogParams, batch: PaddedBatch): BatchTensors {
  const { nStates: N, nSymbols: M } = lp;
  const T = batch.maxLength;
  const B = batch.batchSize;
  const logStart = tf.tensor1d(Float32Array.from(lp.logStart));
  const logTrans = tf.tensor2d(flatten(lp.logTrans, N, N), [N, N]);
  const logEmissionT = tf.tensor2d(flattenTransposed(lp.logEmission, N, M), [M, N]);
  const obs = tf.tensor2d(batch.obs, [T, B], 'int32');
  const emisAll = tf.gather(logEmissionT, obs) as unknown as T3;
  const emis = tf.unstack(emisAll) as T2[];
  const mask = tf.unstack(tf.tensor3d(batch.mask, [T, B, 1], 'bool')) as T2[];
  let minLength = Infinity;
  for (const len of batch.lengths) minLength = Math.min(minLength, len);
  const allValid = Array.from({ length: T }, (_, t) => t < minLength);
  return { T, B, N, logStart, logTrans, emis, emisAll, mask, allValid, floor: tf.scalar(-3e38) };
}

/** Stable log-sum-exp over `axis` (the axis is removed); all -Infinity gives -Infinity. */
export function logSumExpAxis(x: tf.Tensor, axis: number, floor: tf.Scalar): tf.Tensor {
  const m = tf.maximum(tf.max(x, axis, true), floor);
  return tf.add(tf.log(tf.sum(tf.exp(tf.sub(x, m)), axis)), tf.squeeze(m, [axis]));
}

/** Forward pass: shifted log-alphas (max 0 per row) for every step if `keep`, and offsets [T, B]. */
export interface ForwardTensors {
  /** alphas[t]: [B, N] = log alpha_t - sum_{s <= t} o_s (held at the last valid step on padding). */
  alphas: T2[];
  /** Final shifted log-alpha of every sequence (at its last valid step), [B, N]. */
  last: T2;
  /** offsets[t]: [B, 1] the per-step shift o_t (meaningless on padding). */
  offsets: T2[];
}

/** Run the forward recursion over the batch. Call inside tf.tidy. */
export function forwardSteps(bt: BatchTensors, keep: boolean): ForwardTensors {
  const alphas: T2[] = [];
  const offsets: T2[] = [];
  let [alpha, o0] = tf.tidy(() => {
    const raw = tf.add(bt.logStart, bt.emis[0]);
    const o = tf.max(raw, 1, true) as T2;
    return [tf.sub(raw, o) as T2, o];
  });
  offsets.push(o0);
  if (keep) alphas.push(alpha);
  for (let t = 1; t < bt.T; t++) {
    const prev = alpha;
    const [next, o] = tf.tidy(() => {
      const x = tf.add(tf.expandDims(prev, 2), bt.logTrans);
      const raw = tf.add(logSumExpAxis(x, 1, bt.floor), bt.emis[t]);
      const shift = tf.max(raw, 1, true) as T2;
      const next = tf.sub(raw, shift) as T2;
      return [bt.allValid[t] ? next : (tf.where(bt.mask[t], next, prev) as T2), shift];
    });
    offsets.push(o);
    alpha = next;
    if (keep) alphas.push(alpha);
    else prev.dispose();
  }
  return { alphas, last: alpha, offsets };
}

/** Backward pass: shifted log-betas (max 0 per row on valid steps) and their shifts. */
export interface BackwardTensors {
  /** betas[t]: [B, N] = log beta_t - sum_{t <= s < len-1} q_s; 0 at each sequence's last step and on padding. */
  betas: T2[];
  /** shifts[t]: [B, 1] the per-step shift q_t (meaningful where step t+1 exists). */
  shifts: T2[];
}

/**
 * Backward recursion with its own per-step maximum shift, so log-betas stay O(1) at any length
 * (shifting by the forward offsets instead lets them drift by up to log N per step, which costs
 * float32 precision on long sequences). Call inside tf.tidy.
 */
export function backwardSteps(bt: BatchTensors): BackwardTensors {
  const betas: T2[] = new Array(bt.T);
  const shifts: T2[] = new Array(Math.max(0, bt.T - 1));
  const zeros = tf.zeros([bt.B, bt.N]) as T2;
  const zeroShift = tf.zeros([bt.B, 1]) as T2;
  betas[bt.T - 1] = zeros;
  const logTrans = tf.expandDims(bt.logTrans, 0);
  for (let t = bt.T - 2; t >= 0; t--) {
    const next = betas[t + 1];
    const [beta, q] = tf.tidy(() => {
      const ahead = tf.expandDims(tf.add(bt.emis[t + 1], next), 1);
      const raw = logSumExpAxis(tf.add(logTrans, ahead), 2, bt.floor);
      if (bt.allValid[t + 1]) {
        const shift = tf.max(raw, 1, true) as T2;
        return [tf.sub(raw, shift) as T2, shift];
      }
      const shift = tf.where(bt.mask[t + 1], tf.max(raw, 1, true), zeroShift) as T2;
      return [tf.where(bt.mask[t + 1], tf.sub(raw, shift), zeros) as T2, shift];
    });
    betas[t] = beta;
    shifts[t] = q;
  }
  return { betas, shifts };
}

/**
 * Host-side log-likelihoods: sum over valid steps of the offsets (float64, compensated) plus the
 * log-sum-exp of the final shifted alpha. -Infinity for a sequence with probability 0.
 */
export function hostLogLikelihoods(batch: PaddedBatch, offsets: Float32Array, last: Float32Array, N: number): Float64Array {
  const { batchSize: B, lengths } = batch;
  const out = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let s = 0;
    let c = 0;
    let finite = true;
    for (let t = 0; t < lengths[b]; t++) {
      const v = offsets[t * B + b];
      if (!Number.isFinite(v)) { finite = false; break; }
      const u = s + v;
      c += Math.abs(s) >= Math.abs(v) ? s - u + v : v - u + s;
      s = u;
    }
    out[b] = finite ? s + c + logSumExpRow(last, b * N, N) : -Infinity;
  }
  return out;
}

function logSumExpRow(x: ArrayLike<number>, from: number, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) m = Math.max(m, x[from + i]);
  if (!(m > -Infinity)) return -Infinity;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(x[from + i] - m);
  return m + Math.log(s);
}

function flatten(m: ArrayLike<ArrayLike<number>>, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = m[i][j];
  return out;
}

function flattenTransposed(m: ArrayLike<ArrayLike<number>>, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = m[i][j];
  return out;
}
