import type { Emotion } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';
import type { DecisionTrace } from './types.ts';

/** Learned parameters (persist across negotiations) and per-negotiation memory of a policy. */
export interface EngineState<L, E> {
  learned: L;
  episode: E;
}

/**
 * A creditor policy as pure functions over plain data; {@link EnginePolicy} wraps one into the
 * stateful {@link CreditorPolicy} facade. L: learned parameters; E: per-negotiation memory.
 */
export interface PolicyEngine<L, E> {
  readonly name: string;
  /** Learned parameters before any negotiation. */
  initialLearned(): L;
  /** Per-negotiation memory at the start of a negotiation. */
  startEpisode(): E;
  /** One decision; must not modify its input. `rng` is the policy's stream for this negotiation. */
  step(state: EngineState<L, E>, detected: Emotion | null, rng: Rng): { state: EngineState<L, E>; trace: DecisionTrace };
  /** End-of-negotiation learning (Eq. 7); returns the new learned parameters. */
  learn(state: EngineState<L, E>, outcome: { success: boolean }): L;
  /** Learned parameters as plain JSON data. */
  encode(learned: L): unknown;
  /** Inverse of encode, validated. @throws naming the field and value when `raw` does not fit. */
  decode(raw: unknown): L;
}
