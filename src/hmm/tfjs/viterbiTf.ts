import { tf } from '../../tf/backend.ts';
import { logParams } from '../logParams.ts';
import type { DecodeResult, HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { batchTensors } from './batchTensors.ts';
import { padBatch } from './padBatch.ts';

type T2 = tf.Tensor2D;

/**
 * Batched Viterbi on TensorFlow.js (float32 max-product in log space; each step subtracts the
 * per-sequence maximum, summed on the host in float64, so path scores keep float32 resolution
 * of the per-step values at any length). Back-pointers come back to the host for the trace-back.
 * Ties: tf.argMax's first maximal index in the recursion, lowest state at the end. Near-ties
 * within float32 rounding may pick a different path of equal score (to tolerance) than
 * {@link viterbiLog}. An impossible sequence gives logProb -Infinity and a path of zeros.
 * Call `await initTf()` first. No tensor survives.
 * @throws when params or a sequence are invalid.
 * @example viterbiTf(wikipediaFever, [[0, 1, 2]])[0].path // [0, 0, 1]
 */
export function viterbiTf(params: HmmParams, sequences: readonly Sequence[]): DecodeResult[] {
  const { nSymbols } = validateParams(params, 'viterbiTf');
  const batch = padBatch(sequences, nSymbols, 'viterbiTf');
  const lp = logParams(params);
  const { batchSize: B, lengths } = batch;
  const N = lp.nStates;
  const { offsets, last, back } = tf.tidy(() => {
    const bt = batchTensors(lp, batch);
    const shifts: T2[] = [];
    const pointers: T2[] = [];
    let [delta, o0] = tf.tidy(() => {
      const raw = tf.add(bt.logStart, bt.emis[0]);
      const o = tf.max(raw, 1, true) as T2;
      return [tf.sub(raw, o) as T2, o];
    });
    shifts.push(o0);
    for (let t = 1; t < bt.T; t++) {
      const prev = delta;
      const [next, o, psi] = tf.tidy(() => {
        const x = tf.add(tf.expandDims(prev, 2), bt.logTrans);
        const raw = tf.add(tf.max(x, 1), bt.emis[t]);
        const shift = tf.max(raw, 1, true) as T2;
        const next = tf.sub(raw, shift) as T2;
        return [bt.allValid[t] ? next : (tf.where(bt.mask[t], next, prev) as T2), shift, tf.argMax(x, 1) as T2];
      });
      prev.dispose();
      delta = next;
      shifts.push(o);
      pointers.push(psi);
    }
    return {
      offsets: tf.concat(shifts, 1).transpose().dataSync() as Float32Array,
      last: delta.dataSync() as Float32Array,
      back: pointers.length > 0 ? (tf.stack(pointers).dataSync() as Int32Array) : new Int32Array(0),
    };
  });
  return Array.from(lengths, (len, b) => {
    let logProb = 0;
    for (let t = 0; t < len; t++) logProb += offsets[t * B + b];
    const path = new Array<number>(len).fill(0);
    if (!Number.isFinite(logProb)) return { path, logProb: -Infinity };
    let end = 0;
    for (let j = 1; j < N; j++) if (last[b * N + j] > last[b * N + end]) end = j;
    logProb += last[b * N + end];
    path[len - 1] = end;
    for (let t = len - 1; t > 0; t--) path[t - 1] = back[((t - 1) * B + b) * N + path[t]];
    return { path, logProb };
  });
}
