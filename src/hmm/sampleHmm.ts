import type { Rng } from '../core/rng.ts';
import type { HmmParams, SampleResult } from './types.ts';
import { validateParams } from './validateParams.ts';

/**
 * Draw a state path and its observations of length `nSteps` (hmmlearn's `sample`). Draws come
 * from `rng` in the order state, observation, state, observation, ...; the same rng key gives
 * the same sample.
 * @throws when params are invalid or nSteps is not a positive integer.
 * @example sampleHmm(p, 30, { rng: createRng(1) }).observations.length // 30
 */
export function sampleHmm(params: HmmParams, nSteps: number, options: { rng: Rng }): SampleResult {
  validateParams(params, 'sampleHmm');
  if (!(Number.isInteger(nSteps) && nSteps >= 1)) throw new Error(`sampleHmm: nSteps is ${nSteps}, expected a positive integer`);
  const rng = options?.rng;
  if (rng === undefined) throw new Error('sampleHmm: options.rng is undefined, expected an Rng');
  const states = new Array<number>(nSteps);
  const observations = new Array<number>(nSteps);
  let s = rng.categorical(params.startProb);
  for (let t = 0; t < nSteps; t++) {
    if (t > 0) s = rng.categorical(params.transMat[s]);
    states[t] = s;
    observations[t] = rng.categorical(params.emissionProb[s]);
  }
  return { states, observations };
}
