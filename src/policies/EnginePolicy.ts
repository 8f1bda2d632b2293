import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';
import type { PolicyEngine } from './policyEngine.ts';
import type { CreditorPolicy, DecisionTrace, PolicySnapshot } from './types.ts';

/** Label of the stream a policy forks from the rng given to `reset`. */
export const POLICY_RNG_LABEL = 'creditor-policy';

/**
 * Thin stateful facade over a {@link PolicyEngine}: holds the learned parameters, the
 * per-negotiation memory and the negotiation's rng, and delegates every decision to the engine's
 * pure functions. Order of calls per negotiation: reset, decide..., learn (optional).
 */
export class EnginePolicy<L, E> implements CreditorPolicy {
  readonly name: string;
  readonly #engine: PolicyEngine<L, E>;
  #learned: L;
  #episode: E | null = null;
  #rng: Rng | null = null;
  #finished = false;

  constructor(engine: PolicyEngine<L, E>) {
    this.name = engine.name;
    this.#engine = engine;
    this.#learned = engine.initialLearned();
  }

  /** Start a negotiation: memory and belief reset, learned parameters kept; draws come from rng.fork('creditor-policy'). */
  reset(options: { rng: Rng }): void {
    if (options?.rng === undefined) throw new Error(`${this.name}.reset: options.rng is required`);
    this.#rng = options.rng.fork(POLICY_RNG_LABEL);
    this.#episode = this.#engine.startEpisode();
    this.#finished = false;
  }

  /** The next creditor emotion and its trace. @throws before reset, after learn, or on an unknown emotion. */
  decide(detected: Emotion | null): DecisionTrace {
    if (this.#episode === null || this.#rng === null) throw new Error(`${this.name}.decide: call reset({ rng }) before the first decision`);
    if (this.#finished) throw new Error(`${this.name}.decide: learn() already ended this negotiation; call reset({ rng }) first`);
    if (detected !== null && !EMOTIONS.includes(detected)) {
      throw new Error(`${this.name}.decide: detected = ${JSON.stringify(detected)} is not one of ${EMOTIONS.join(', ')} or null`);
    }
    const { state, trace } = this.#engine.step({ learned: this.#learned, episode: this.#episode }, detected, this.#rng);
    this.#learned = state.learned;
    this.#episode = state.episode;
    return trace;
  }

  /** Eq. 7 learning from the negotiation just played. @throws before reset or when called twice. */
  learn(outcome: { success: boolean }): void {
    if (this.#episode === null) throw new Error(`${this.name}.learn: no negotiation to learn from; call reset({ rng }) and decide() first`);
    if (this.#finished) throw new Error(`${this.name}.learn: already applied to this negotiation`);
    if (typeof outcome?.success !== 'boolean') throw new Error(`${this.name}.learn: outcome.success = ${JSON.stringify(outcome?.success)}, expected a boolean`);
    this.#learned = this.#engine.learn({ learned: this.#learned, episode: this.#episode }, outcome);
    this.#finished = true;
  }

  /** JSON-serialisable copy of the learned parameters. */
  snapshot(): PolicySnapshot {
    return { policy: this.name, version: 1, state: this.#engine.encode(this.#learned) };
  }

  /** Replace the learned parameters. @throws when the snapshot is from another policy or malformed. */
  restore(snapshot: PolicySnapshot): void {
    if (snapshot?.policy !== this.name) throw new Error(`${this.name}.restore: snapshot.policy = ${JSON.stringify(snapshot?.policy)}, expected ${JSON.stringify(this.name)}`);
    if (snapshot.version !== 1) throw new Error(`${this.name}.restore: snapshot.version = ${JSON.stringify(snapshot.version)}, expected 1`);
    this.#learned = this.#engine.decode(snapshot.state);
  }
}
