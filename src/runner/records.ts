import type { PolicySnapshot } from '../policies/types.ts';

/**
 * The record format of `results.jsonl`: one JSON object per line, one line per finished
 * negotiation, written by the experiment runner. Plain data only (no timestamps, no durations),
 * so the same experiment and seed give the same file byte for byte on the simulated backend.
 *
 * A finished run's file is sorted by (`chain`, `position`); while a run is going (or after a
 * crash) lines appear in completion order. Keys always appear in the order listed here.
 *
 * Companion files in the same folder:
 * - `transcripts.jsonl`: one line per negotiation, `{ negotiationId, chain, position, events }`,
 *   `events` being the full {@link import('../negotiation/events.ts').Transcript} with every decision trace
 *   (llm-call events keep their durations; nothing else does). Lines are in completion order.
 * - `manifest.json`: the experiment config, environment, detector, start/end times of each session.
 */
export interface NegotiationRecord {
  /** Version of this format; bumped on any incompatible change. */
  format: typeof RECORD_FORMAT;
  /** Unique id: `scenario|persona|policy|creditorModel|debtorModel|s<seed>`. */
  negotiationId: string;
  /** Id of the chain (one learning policy engine): the negotiation id without the scenario. */
  chainId: string;
  /** Ordinal of the chain in the grid (0-based); the sort key of finished files. */
  chain: number;
  /** 0-based position of the negotiation within its chain (scenario order). */
  position: number;
  // Grid coordinates.
  scenarioId: string;
  scenarioSource: string;
  persona: string;
  /** Policy label, unique within an experiment, e.g. 'eq-negotiator/paper-code', 'fixed:Joy'. */
  policy: string;
  /** Policy config name as given to createPolicy, e.g. 'eq-negotiator'. */
  policyName: string;
  hmmMode: string | null;
  seed: number;
  backend: string;
  creditorModel: string;
  debtorModel: string;
  detector: string;
  // Outcome.
  outcome: 'accept' | 'breakdown';
  success: boolean;
  /** Agreed days (null on breakdown). */
  finalDays: number | null;
  /** Negotiation length in messages (the end event's count). */
  messages: number;
  creditorTargetDays: number;
  debtorTargetDays: number;
  /** min(1, creditorTargetDays / finalDays) on success, 0 on failure (METHOD.md section 6). */
  collectionRate: number;
  /** finalDays / creditorTargetDays on success, null on failure; lower is better. */
  debtCollectionMultiple: number | null;
  /** Why the negotiation ended (the end event's reason). */
  endReason: string;
  // Counts over the transcript.
  /** Detection events. */
  detections: number;
  /** Detection events with ok === false (unparseable detector output, counted not hidden). */
  detectorFailures: number;
  /** Detections whose emotion equals the logged true emotion; null when no truth was logged. */
  detectionsCorrect: number | null;
  manipulations: number;
  guards: number;
  /** 'failure' events (e.g. an LLM reply that failed its schema). */
  failures: number;
  /** Judge events that refused an agreement the offers suggested. */
  judgeVetoes: number;
  /** The chain's policy parameters after this negotiation's learning step: a resumed chain restores from it. */
  policySnapshot: PolicySnapshot;
}

/** Current version of {@link NegotiationRecord}. */
export const RECORD_FORMAT = 1 as const;

/** The grid coordinates of one negotiation: everything in a record that does not come from its transcript. */
export type RecordCoordinates = Pick<
  NegotiationRecord,
  | 'negotiationId' | 'chainId' | 'chain' | 'position' | 'scenarioId' | 'scenarioSource' | 'persona' | 'policy'
  | 'policyName' | 'hmmMode' | 'seed' | 'backend' | 'creditorModel' | 'debtorModel' | 'detector'
>;
