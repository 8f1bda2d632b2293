import { silentLogger, type Logger } from '../core/logger.ts';
import type { Matrix } from '../core/matrix.ts';
import { createRng, type Rng } from '../core/rng.ts';
import type { ConvergenceMonitor } from './convergenceMonitor.ts';
import { decodeHmm } from './decodeHmm.ts';
import { filterHmm } from './filterHmm.ts';
import { fitHmm, type FitOptions } from './fitHmm.ts';
import { hmmFromJSON, hmmToJSON, type CategoricalHmmJson } from './hmmJson.ts';
import { createOnlineHmm, updateOnlineHmm, type OnlineHmm, type OnlineHmmOptions } from './onlineHmm.ts';
import { predictProbaHmm } from './predictProbaHmm.ts';
import { randomHmmParams } from './randomHmmParams.ts';
import { filterStep } from './reference/filterStep.ts';
import { updateBelief } from './reference/updateBelief.ts';
import { sampleHmm } from './sampleHmm.ts';
import { scoreEachHmm, scoreHmm } from './scoreHmm.ts';
import type { DecodeResult, HmmEngine, HmmParams, SampleResult, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';

/** Options of {@link CategoricalHMM}: hmmlearn's constructor arguments, plus the kit's injections. */
export interface CategoricalHMMOptions {
  /** Seed of the model's random stream (hmmlearn's random_state); ignored when `rng` is given. */
  randomState?: number | string;
  /** The model's random stream, for `sample` (and `random` initialisation). */
  rng?: Rng;
  /** 'reference' (default, float64) or 'tfjs' (float32 batches; call `await initTf()` first). */
  engine?: HmmEngine;
  /** Receives convergence warnings (default: silent). */
  logger?: Logger;
  /** Defaults for `fit`: nIter, tol, pseudoCounts, precision. */
  fit?: Omit<FitOptions, 'engine' | 'logger'>;
  /** Options of online learning, used at the first `partialFit`. */
  online?: OnlineHmmOptions;
}

/**
 * Categorical-emission HMM with hmmlearn's methods, as a thin facade over the pure functions of
 * src/hmm (each method delegates to one of them). Mutable like hmmlearn: `fit` and `partialFit`
 * replace `params`.
 * @example
 * const hmm = CategoricalHMM.random(4, 7, { randomState: 0 });
 * hmm.fit(sequences).score(sequences)
 */
export class CategoricalHMM {
  params: HmmParams;
  /** Convergence monitor of the last `fit`. */
  monitor: ConvergenceMonitor | undefined;
  /** Online-learning state after the first `partialFit`. */
  online: OnlineHmm | undefined;
  readonly options: CategoricalHMMOptions;
  readonly rng: Rng | undefined;

  /** @throws when params are invalid (naming matrix, row and sum). */
  constructor(params: HmmParams, options: CategoricalHMMOptions = {}) {
    validateParams(params, 'CategoricalHMM');
    this.params = params;
    this.options = options;
    this.rng = options.rng ?? (options.randomState === undefined ? undefined : createRng(options.randomState));
  }

  /** Random parameters from the seeded stream. @throws when neither randomState nor rng is given. */
  static random(nStates: number, nSymbols: number, options: CategoricalHMMOptions = {}): CategoricalHMM {
    const rng = options.rng ?? (options.randomState === undefined ? undefined : createRng(options.randomState));
    if (rng === undefined) throw new Error('CategoricalHMM.random: options.randomState and options.rng are both undefined, expected a seed or an Rng');
    return new CategoricalHMM(randomHmmParams(nStates, nSymbols, { rng: rng.fork('init') }), { ...options, rng });
  }

  /** Read JSON written by `toJSON`. @throws on invalid JSON (see hmmFromJSON). */
  static fromJSON(json: unknown, options: CategoricalHMMOptions = {}): CategoricalHMM {
    const { params, online } = hmmFromJSON(json);
    const hmm = new CategoricalHMM(params, options);
    hmm.online = online;
    return hmm;
  }

  get nStates(): number { return this.params.startProb.length; }
  get nSymbols(): number { return this.params.emissionProb[0].length; }
  private get engine(): { engine?: HmmEngine } { return { engine: this.options.engine }; }

  /** Total log-likelihood of a sequence or of many (hmmlearn `score`). */
  score(sequences: Sequence | readonly Sequence[]): number { return scoreHmm(this.params, sequences, this.engine); }
  /** Log-likelihood of each sequence. */
  scoreEach(sequences: Sequence | readonly Sequence[]): number[] { return scoreEachHmm(this.params, sequences, this.engine); }
  /** Smoothed posteriors, T x N (hmmlearn `predict_proba`). */
  predictProba(sequence: Sequence): Matrix { return predictProbaHmm(this.params, sequence, this.engine).posteriors; }
  /** Viterbi path (hmmlearn `predict`). */
  predict(sequence: Sequence): number[] { return decodeHmm(this.params, sequence, this.engine).path; }
  /** Viterbi path and its log-probability (hmmlearn `decode`). */
  decode(sequence: Sequence): DecodeResult { return decodeHmm(this.params, sequence, this.engine); }
  /** Filtered beliefs P(S_t | O_0..O_t), T x N. */
  filter(sequence: Sequence): Matrix { return filterHmm(this.params, sequence, this.engine); }

  /**
   * One online filtering step: `belief` null starts from startProb. Float64, no tensors.
   * @throws when symbol is out of range or impossible in every state.
   */
  filterStep(belief: ArrayLike<number> | null, symbol: number): number[] {
    const likelihood = emissionColumn(this.params, symbol);
    return belief === null ? updateBelief(this.params.startProb, likelihood) : filterStep(belief, { transMat: this.params.transMat, likelihood });
  }

  /** Sample a path of nSteps from the model's stream (or `options.rng`). @throws without a random source. */
  sample(nSteps: number, options: { rng?: Rng } = {}): SampleResult {
    const rng = options.rng ?? this.rng;
    if (rng === undefined) throw new Error('CategoricalHMM.sample: no random source, pass randomState or rng to the constructor or options.rng');
    return sampleHmm(this.params, nSteps, { rng });
  }

  /** Baum-Welch from the current parameters (hmmlearn `fit`); keeps the monitor. Returns this. */
  fit(sequences: readonly Sequence[], options: Omit<FitOptions, 'engine' | 'logger'> = {}): this {
    const res = fitHmm(this.params, sequences, { ...this.options.fit, ...options, engine: this.options.engine, logger: this.options.logger ?? silentLogger });
    this.params = res.params;
    this.monitor = res.monitor;
    return this;
  }

  /** Online learning from new sequences, no pre-training needed (see updateOnlineHmm). Returns this. */
  partialFit(sequences: readonly Sequence[]): this {
    this.online = updateOnlineHmm(this.online ?? createOnlineHmm(this.params, this.options.online), sequences);
    this.params = this.online.params;
    return this;
  }

  /** Plain JSON (parameters and online state). */
  toJSON(): CategoricalHmmJson { return hmmToJSON(this.params, { online: this.online }); }
}

function emissionColumn(params: HmmParams, symbol: number): number[] {
  const m = params.emissionProb[0].length;
  if (!Number.isInteger(symbol) || symbol < 0 || symbol >= m) throw new Error(`CategoricalHMM.filterStep: symbol is ${symbol}, expected an integer in 0..${m - 1}`);
  return params.emissionProb.map((row) => row[symbol]);
}
