import type { PaperParameters } from '../core/paperParameters.ts';
import type { Rng } from '../core/rng.ts';
import type { TieRule } from '../game/bestResponse.ts';
import { checkKofN } from './eq4Switch.ts';

/** Options shared by the per-mode EQ-Negotiator step functions. */
export interface EqStepOptions {
  params: PaperParameters;
  /** Name written into the trace. Default 'eq-negotiator'. */
  policy?: string;
  /** Eq. 4 switch: k negatives of the last n. Default params.defaults.hmmActivation (4 of 5). */
  k?: number;
  n?: number;
  /** Always take the HMM branch ('hmm-only'). */
  forceHmm?: boolean;
  /** Tie rule of the payoff-table choices (Eq. 1, WSLS). Default 'first'. */
  tieRule?: TieRule;
  /** WSLS lose threshold. Default params.defaults.wslsPayoffThreshold (2.0). */
  wslsThreshold?: number;
  /** Needed when tieRule is 'random'. */
  rng?: Rng;
}

/** {@link EqStepOptions} with every default filled in. */
export type ResolvedStepOptions = Required<Omit<EqStepOptions, 'rng'>> & { rng?: Rng };

/**
 * Fill in the defaults of {@link EqStepOptions}.
 * @throws when k or n is invalid.
 */
export function resolveStepOptions(options: EqStepOptions, defaults: { caller: string; k?: number; tieRule?: TieRule }): ResolvedStepOptions {
  const p = options.params;
  const k = options.k ?? defaults.k ?? p.defaults.hmmActivation.k;
  const n = options.n ?? p.defaults.hmmActivation.n;
  checkKofN(k, n, { caller: defaults.caller });
  return {
    params: p,
    policy: options.policy ?? 'eq-negotiator',
    k,
    n,
    forceHmm: options.forceHmm ?? false,
    tieRule: options.tieRule ?? defaults.tieRule ?? 'first',
    wslsThreshold: options.wslsThreshold ?? p.defaults.wslsPayoffThreshold,
    rng: options.rng,
  };
}
