/**
 * Plain-data types of the categorical hidden Markov model (hmmlearn's `CategoricalHMM`):
 * N hidden states, M observation symbols `0..M-1`, every row a probability distribution.
 */
import type { Matrix, Vector } from '../core/matrix.ts';

/** Parameters of a categorical HMM, named after hmmlearn's `startprob_`, `transmat_`, `emissionprob_`. */
export interface HmmParams {
  /** P(S_0 = i), length N. */
  startProb: Vector;
  /** P(S_{t+1} = j | S_t = i), N x N, rows sum to 1. */
  transMat: Matrix;
  /** P(O_t = k | S_t = i), N x M, rows sum to 1. */
  emissionProb: Matrix;
}

/** One observation sequence: integer symbols in `0..M-1`, at least one step. */
export type Sequence = ArrayLike<number>;

/** Which implementation runs a recursion: the float64 plain-TypeScript reference or TensorFlow.js (float32). */
export type HmmEngine = 'reference' | 'tfjs';

/**
 * Expected sufficient statistics of Baum-Welch (the E-step), summed over sequences:
 * expected initial-state counts, expected transition counts and expected emission counts.
 */
export interface SufficientStats {
  start: Vector;
  trans: Matrix;
  emission: Matrix;
  /** Sum of the sequences' log-likelihoods under the parameters that produced these counts. */
  logLikelihood: number;
  nSequences: number;
}

/** Most likely state path (Viterbi) and its joint log-probability log P(path, observations). */
export interface DecodeResult {
  path: number[];
  logProb: number;
}

/** Smoothed posteriors P(S_t | O_{0..T-1}) (T x N) and the sequence log-likelihood. */
export interface PosteriorResult {
  posteriors: Matrix;
  logLikelihood: number;
}

/** A sampled state path and the observations it emitted. */
export interface SampleResult {
  states: number[];
  observations: number[];
}
