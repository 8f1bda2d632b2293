import type { Matrix, Vector } from '../core/matrix.ts';
import type { HmmParams } from './types.ts';

/**
 * Dirichlet pseudo-counts (prior concentration minus one) added to the expected counts in the
 * M-step: a number applies to every entry, an array gives each entry. hmmlearn's
 * `startprob_prior`, `transmat_prior`, `emissionprob_prior` equal these plus 1.
 */
export interface PseudoCounts {
  start?: number | Vector;
  trans?: number | Matrix;
  emission?: number | Matrix;
}

/** Pseudo-counts expanded to full arrays. */
export interface ResolvedPseudoCounts {
  start: Vector;
  trans: Matrix;
  emission: Matrix;
}

/**
 * Expand {@link PseudoCounts} to arrays of the model's shape (missing parts are 0).
 * @throws naming the part, row and entry of a negative, non-finite or misshapen pseudo-count.
 * @example resolvePseudoCounts({ trans: 1 }, 2, 3).trans // [[1, 1], [1, 1]]
 */
export function resolvePseudoCounts(pc: PseudoCounts | undefined, nStates: number, nSymbols: number, fn = 'resolvePseudoCounts'): ResolvedPseudoCounts {
  const vec = (name: string, v: number | Vector | undefined, n: number): Vector => {
    const out = typeof v === 'number' || v === undefined ? new Array<number>(n).fill(v ?? 0) : v.slice();
    if (out.length !== n) throw new Error(`${fn}: pseudoCounts.${name} has length ${out.length}, expected ${n}`);
    out.forEach((x, j) => {
      if (!(Number.isFinite(x) && x >= 0)) throw new Error(`${fn}: pseudoCounts.${name} entry ${j} is ${x}, expected a finite number >= 0`);
    });
    return out;
  };
  const mat = (name: string, v: number | Matrix | undefined, cols: number): Matrix => {
    if (Array.isArray(v) && v.length !== nStates) throw new Error(`${fn}: pseudoCounts.${name} has ${v.length} rows, expected ${nStates}`);
    return Array.from({ length: nStates }, (_, i) => vec(`${name} row ${i}`, Array.isArray(v) ? v[i] : v, cols));
  };
  return { start: vec('start', pc?.start, nStates), trans: mat('trans', pc?.trans, nStates), emission: mat('emission', pc?.emission, nSymbols) };
}

/**
 * Pseudo-counts centred on given parameters: `strength` pseudo-observations per row, spread as
 * the parameters are (a Dirichlet prior whose mean is `params`). The default prior of online learning.
 * @throws when strength is negative or not finite.
 * @example pseudoCountsFromParams(p, 10).trans[0] // 10 * p.transMat[0]
 */
export function pseudoCountsFromParams(params: HmmParams, strength: number): ResolvedPseudoCounts {
  if (!(Number.isFinite(strength) && strength >= 0)) throw new Error(`pseudoCountsFromParams: strength is ${strength}, expected a finite number >= 0`);
  const scale = (row: ArrayLike<number>) => Array.from(row, (v) => v * strength);
  return { start: scale(params.startProb), trans: params.transMat.map(scale), emission: params.emissionProb.map(scale) };
}

/**
 * Unnormalised Dirichlet log-density of the parameters, sum of pc * log(p) over every entry
 * with pc > 0. EM with pseudo-counts maximises log-likelihood + this, so that is the quantity
 * that never decreases (and that the convergence monitor records).
 * @example dirichletLogPrior(p, resolvePseudoCounts(undefined, 2, 2)) // 0
 */
export function dirichletLogPrior(params: HmmParams, pc: ResolvedPseudoCounts): number {
  let s = 0;
  const add = (p: ArrayLike<number>, c: ArrayLike<number>) => {
    for (let j = 0; j < c.length; j++) if (c[j] > 0) s += c[j] * Math.log(p[j]);
  };
  add(params.startProb, pc.start);
  params.transMat.forEach((row, i) => add(row, pc.trans[i]));
  params.emissionProb.forEach((row, i) => add(row, pc.emission[i]));
  return s;
}
