import { EMOTIONS } from '../core/emotions.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import { macroF1 } from './macroF1.ts';

/**
 * Per-class offsets added to log-probabilities that maximise macro-F1 on a labelled slice:
 * coordinate ascent, one class at a time, over a grid of offsets (default -2..2 step 0.1),
 * `rounds` sweeps; a move is kept only when it strictly improves macro-F1, so ties keep the
 * earlier (smaller in |offset|, then lower) value and the result is deterministic.
 * Used on the training set's held-out slice, never on dev. O(rounds x 7 x grid x n x 7).
 * @example tuneClassOffsets(probs, gold).offsets // e.g. [0, 0.3, 0, 0.8, 0.2, 0.6, -0.4]
 */
export function tuneClassOffsets(
  probabilities: Float32Array,
  gold: ArrayLike<number>,
  options: { grid?: number[]; rounds?: number } = {},
): { offsets: number[]; macroF1: number; baseline: number } {
  const k = EMOTIONS.length;
  const n = gold.length;
  if (probabilities.length !== n * k) throw new Error(`tuneClassOffsets: probabilities has ${probabilities.length} values, expected ${n} x ${k}`);
  const grid = options.grid ?? gridAround(2, 0.1);
  const logp = Float64Array.from(probabilities, (p) => Math.log(Math.max(p, 1e-12)));
  const offsets = new Array<number>(k).fill(0);
  const score = () => {
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (logp[i * k + c] + offsets[c] > logp[i * k + best] + offsets[best]) best = c;
      pred[i] = best;
    }
    return macroF1(confusionMatrix(gold, pred, k));
  };
  const baseline = score();
  let current = baseline;
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    for (let c = 0; c < k; c++) {
      const keep = offsets[c];
      let bestValue = keep;
      for (const value of grid) {
        offsets[c] = value;
        const s = score();
        if (s > current + 1e-12) { current = s; bestValue = value; }
      }
      offsets[c] = bestValue;
    }
  }
  return { offsets, macroF1: current, baseline };
}

/** 0, +step, -step, +2 step, ... up to +-limit (smallest magnitude first, so ties favour small offsets). */
function gridAround(limit: number, step: number): number[] {
  const out = [0];
  for (let i = 1; i * step <= limit + 1e-9; i++) out.push(Number((i * step).toFixed(6)), Number((-i * step).toFixed(6)));
  return out;
}
