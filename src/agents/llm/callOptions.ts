import type { Rng } from '../../core/rng.ts';
import type { ChatOptions } from '../../llm/types.ts';

/** Largest seed drawn for a call (Ollama seeds are signed 32-bit). */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * The options of one call: `base` with `overrides`, and a seed. A seed fixed in the options is
 * used as is (every call the same seed); otherwise each call draws the next seed from `rng`, so
 * a negotiation's calls are reproducible from its seed yet differ from call to call. Without
 * either, no seed is sent. Undefined members are dropped.
 */
export function callOptions(base: ChatOptions | undefined, overrides: ChatOptions, rng?: Rng): ChatOptions {
  const out: ChatOptions = { ...base, ...overrides };
  if (out.seed === undefined && rng !== undefined) out.seed = rng.int(MAX_SEED);
  for (const k of Object.keys(out) as (keyof ChatOptions)[]) if (out[k] === undefined) delete out[k];
  return out;
}
