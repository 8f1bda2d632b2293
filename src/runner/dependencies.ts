import type { Backend } from '../agents/types.ts';
import type { ProtocolConfig } from '../negotiation/protocolConfig.ts';
import type { Persona } from '../agents/personas.ts';
import type { Logger } from '../core/logger.ts';
import type { Rng } from '../core/rng.ts';
import type { EmotionDetector } from '../detect/types.ts';
import type { Transcript } from '../negotiation/events.ts';
import type { CreditorPolicy } from '../policies/types.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Experiment } from './parseExperiment.ts';
import type { PolicyEntry } from './policyLabel.ts';

/** Detectors that run in-process without a language model. */
export type OfflineDetectorChoice = 'auto' | 'tfjs' | 'pure-ts' | 'lexicon';

/** What the runner hands to `negotiate` for one negotiation. */
export interface NegotiateInput {
  negotiationId: string;
  scenario: Scenario;
  persona: Persona;
  /** The chain's policy engine; its learned parameters persist across the chain. */
  policy: CreditorPolicy;
  /** The policy label used in events and records. */
  policyLabel: string;
  backend: Backend;
  /** The negotiation's own stream: the backend forks it per agent, the protocol forks 'policy' for the policy's reset. */
  rng: Rng;
  seed: number;
  /** The experiment's protocol settings. */
  protocol: ProtocolConfig;
  signal?: AbortSignal;
}

/**
 * The modules the runner orchestrates, injected so tests can use small fakes.
 * `defaultDependencies()` wires the kit's real modules.
 */
export interface RunnerDependencies {
  loadScenarios(source: Experiment['scenarios']['source']): Scenario[] | Promise<Scenario[]>;
  /** A fresh policy engine for one chain. */
  createPolicy(entry: PolicyEntry, options: { label: string }): CreditorPolicy;
  /**
   * The offline detector to use; for 'auto', the best one available.
   * Called once per run; `tfjsBackend` names the TensorFlow.js backend when it is used.
   */
  createDetector(choice: OfflineDetectorChoice, options: { logger: Logger }): Promise<{ detector: EmotionDetector; tfjsBackend?: string }>;
  /**
   * The backend of one (creditor model, debtor model) pair. `detector` is the offline detector
   * (undefined when the experiment uses the backend's own LLM detector or the oracle).
   */
  createBackend(input: {
    config: Experiment['backend'];
    creditorModel: string;
    debtorModel: string;
    detector: EmotionDetector | undefined;
    protocol: ProtocolConfig;
    logger: Logger;
  }): Promise<Backend>;
  /**
   * Run one negotiation to its end and return its transcript. Contract (as runNegotiation does):
   * resets the policy (`policy.reset({ rng: rng.fork('policy') })`) before the first decision and
   * calls `policy.learn` once at the end, so that `policy.snapshot()` afterwards holds what the
   * chain learned.
   */
  negotiate(input: NegotiateInput): Promise<Transcript>;
}
