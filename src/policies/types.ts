import type { Emotion } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';

/** Which rule produced the creditor's emotion this turn. */
export type PolicyBranch = 'none' | 'fixed' | 'random' | 'mirror' | 'payoff' | 'wsls' | 'hmm';

/** HMM variants (METHOD.md section 3): the authors' code, a principled emission model, the 2503 variant. */
export type HmmMode = 'paper-code' | 'principled' | '2503';

/** What a creditor policy saw and decided on one turn: serialisable, logged in every transcript. */
export interface DecisionTrace {
  /** Policy name, e.g. 'eq-negotiator', 'fixed:Joy'. */
  policy: string;
  /** 1-based count of decisions in this negotiation (the t of the temperature schedule). */
  turn: number;
  /** D_t: the detected debtor emotion used (Neutral before the first debtor message). */
  detected: Emotion;
  branch: PolicyBranch;
  hmmMode?: HmmMode;
  /** Eq. 4 switch evidence: negatives counted over the window, and the window's length. */
  negativeCount?: number;
  window?: number;
  /** Belief over hidden states after this turn's update (4 debtor states; 7 creditor emotions in 2503 mode). */
  belief?: number[];
  /** One-step prediction P(S_{t+1} | H_t). */
  prediction?: number[];
  /** Score of every candidate creditor emotion in EMOTIONS order (null when no scoring happened). */
  scores: number[] | null;
  /** The creditor's emotion; null means no emotional guidance (vanilla). */
  chosen: Emotion | null;
  /** Creditor sampling temperature max(0.1, 0.7 * 0.95^turn). */
  temperature: number;
  /** Free-form notes, e.g. how a tie was broken. */
  note?: string;
}

/**
 * A creditor emotion policy. Stateful per negotiation (beliefs, WSLS memory), with learned
 * parameters that persist across negotiations until `restore`.
 */
export interface CreditorPolicy {
  readonly name: string;
  /** Start a negotiation: beliefs and per-dialogue memory reset; learned parameters persist. */
  reset(options: { rng: Rng }): void;
  /** Decide the next creditor emotion from the latest detected debtor emotion (null before any debtor message). */
  decide(detected: Emotion | null): DecisionTrace;
  /** Online learning at the end of a negotiation (METHOD.md section 3, Eq. 7). */
  learn(outcome: { success: boolean }): void;
  /** JSON-serialisable copy of the learned parameters. */
  snapshot(): PolicySnapshot;
  /** Replace the learned parameters by a snapshot taken from a policy of the same name. */
  restore(snapshot: PolicySnapshot): void;
}

export interface PolicySnapshot {
  policy: string;
  version: 1;
  state: unknown;
}

/** Creditor sampling temperature of the paper: max(0.1, 0.7 * 0.95^t), t from 1. */
export function creditorTemperature(turn: number): number {
  return Math.max(0.1, 0.7 * Math.pow(0.95, turn));
}
