import type { Rng } from '../core/rng.ts';
import type { HmmParams } from './types.ts';

/**
 * Random parameters: every row drawn uniformly from the probability simplex (Dirichlet(1), as
 * normalised Exp(1) draws), start, transition and emission rows from independent forks of `rng`
 * ('hmm-start', 'hmm-trans', 'hmm-emission'). hmmlearn's random init for `fit`.
 * @throws when nStates or nSymbols is not a positive integer.
 * @example randomHmmParams(4, 7, { rng: createRng(0) }).transMat.length // 4
 */
export function randomHmmParams(nStates: number, nSymbols: number, options: { rng: Rng }): HmmParams {
  if (!(Number.isInteger(nStates) && nStates >= 1)) throw new Error(`randomHmmParams: nStates is ${nStates}, expected a positive integer`);
  if (!(Number.isInteger(nSymbols) && nSymbols >= 1)) throw new Error(`randomHmmParams: nSymbols is ${nSymbols}, expected a positive integer`);
  if (options?.rng === undefined) throw new Error('randomHmmParams: options.rng is undefined, expected an Rng');
  const simplex = (rng: Rng, n: number): number[] => {
    const draws = Array.from({ length: n }, () => -Math.log(1 - rng.next()));
    const s = draws.reduce((a, b) => a + b, 0);
    return draws.map((d) => d / s);
  };
  const start = options.rng.fork('hmm-start');
  const trans = options.rng.fork('hmm-trans');
  const emission = options.rng.fork('hmm-emission');
  return {
    startProb: simplex(start, nStates),
    transMat: Array.from({ length: nStates }, () => simplex(trans, nStates)),
    emissionProb: Array.from({ length: nStates }, () => simplex(emission, nSymbols)),
  };
}
