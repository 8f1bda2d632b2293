import type { Matrix } from '../../core/matrix.ts';

/**
 * One-step prediction P(S_{t+1} = j | H_t) = sum_i belief[i] transMat[i][j] (METHOD.md Eq. 6).
 * Plain loops over plain arrays: a few tens of nanoseconds for 4 states. No validation beyond
 * the length check (the hot path of a per-turn policy); validate the matrix once with validateParams.
 * @throws when transMat does not have belief.length rows.
 * @example predictBelief([1, 0], [[0.7, 0.3], [0.4, 0.6]]) // [0.7, 0.3]
 */
export function predictBelief(belief: ArrayLike<number>, transMat: Matrix): number[] {
  const n = belief.length;
  if (transMat.length !== n) throw new Error(`predictBelief: transMat has ${transMat.length} rows, expected ${n} (the belief length)`);
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const b = belief[i];
    if (b === 0) continue;
    const row = transMat[i];
    for (let j = 0; j < n; j++) out[j] += b * row[j];
  }
  return out;
}
