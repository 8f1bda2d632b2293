import type { Rng } from '../core/rng.ts';

/** Options shared by the bootstrap intervals. */
export interface BootstrapOptions {
  /** The random stream of the resampling (seeded: same stream, same interval). */
  rng: Rng;
  /** Number of bootstrap resamples B. Default 2000. */
  resamples?: number;
  /** Two-sided coverage. Default 0.95. */
  confidence?: number;
}

/** Default number of bootstrap resamples. */
export const DEFAULT_RESAMPLES = 2000;

/** Validated resamples and confidence. @throws naming `caller`, the option and its value. */
export function resolveBootstrapOptions(caller: string, options: BootstrapOptions): { rng: Rng; resamples: number; confidence: number } {
  if (options?.rng === undefined || typeof options.rng.int !== 'function') {
    throw new Error(`${caller}: options.rng = ${String(options?.rng)}, expected an Rng (createRng(seed))`);
  }
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!(Number.isInteger(resamples) && resamples >= 1)) throw new Error(`${caller}: options.resamples = ${resamples}, expected a positive integer`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`${caller}: options.confidence = ${confidence}, expected a number in (0, 1)`);
  return { rng: options.rng, resamples, confidence };
}
