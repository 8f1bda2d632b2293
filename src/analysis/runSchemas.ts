import { z } from 'zod';
import { EMOTIONS } from '../core/emotions.ts';
import { policyConfigSchema } from '../policies/policyConfig.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';

/**
 * zod schemas of a results folder's files, strict as their contracts (src/runner/records.ts,
 * src/negotiation/events.ts, src/policies/types.ts): a misspelt or unknown key is an error, so
 * analysis never reads a field the writer did not mean.
 */
const emotion = z.enum(EMOTIONS);
const role = z.enum(['creditor', 'debtor']);
const finite = z.number().finite();
const vector = z.array(finite);

/** A DecisionTrace (src/policies/types.ts). */
export const decisionTraceSchema = z.strictObject({
  policy: z.string(),
  turn: z.number().int().positive(),
  detected: emotion,
  branch: z.enum(['none', 'fixed', 'random', 'mirror', 'payoff', 'wsls', 'hmm']),
  hmmMode: z.enum(['paper-code', 'principled', '2503']).optional(),
  negativeCount: z.number().int().nonnegative().optional(),
  window: z.number().int().nonnegative().optional(),
  belief: vector.optional(),
  prediction: vector.optional(),
  scores: vector.nullable(),
  chosen: emotion.nullable(),
  temperature: finite,
  note: z.string().optional(),
});

/** A NegotiationEvent (src/negotiation/events.ts). `trueState` must be one of the four debtor states. */
export const negotiationEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'), negotiationId: z.string(), scenarioId: z.string(), persona: z.string(), policy: z.string(),
    seed: z.number().int(), backend: z.string(), creditorModel: z.string(), debtorModel: z.string(),
    creditorTargetDays: finite.positive(), debtorTargetDays: finite, creditorMaxDays: finite,
  }),
  z.strictObject({
    type: z.literal('message'), index: z.number().int().nonnegative(), role, text: z.string(), offerDays: finite.nullable(),
    creditorEmotion: emotion.nullable().optional(), trueEmotion: emotion.optional(), trueState: z.enum(DEBTOR_STATES).optional(),
  }),
  z.strictObject({
    type: z.literal('detection'), index: z.number().int().nonnegative(), detector: z.string(), emotion, ok: z.boolean(),
    trueEmotion: emotion.optional(), scores: vector.optional(), raw: z.string().optional(), error: z.string().optional(),
  }),
  z.strictObject({ type: z.literal('decision'), index: z.number().int().nonnegative(), trace: decisionTraceSchema }),
  z.strictObject({ type: z.literal('manipulation'), index: z.number().int().nonnegative(), role, pattern: z.string(), excerpt: z.string() }),
  z.strictObject({ type: z.literal('guard'), index: z.number().int().nonnegative(), rule: z.string(), detail: z.string() }),
  z.strictObject({
    type: z.literal('llm-call'), role: z.string(), model: z.string(), digest: z.string().optional(), options: z.record(z.string(), z.unknown()),
    prompt: z.unknown(), response: z.string(), durationMs: finite, cached: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('failure'), index: z.number().int().nonnegative(), kind: z.string(), message: z.string() }),
  z.strictObject({ type: z.literal('judge'), index: z.number().int().nonnegative(), judge: z.string(), agree: z.boolean(), days: finite.nullable(), reason: z.string() }),
  z.strictObject({ type: z.literal('end'), outcome: z.enum(['accept', 'breakdown']), finalDays: finite.nullable(), messages: z.number().int().nonnegative(), reason: z.string() }),
]);

/** One line of `transcripts.jsonl`. */
export const transcriptLineSchema = z.strictObject({
  negotiationId: z.string().min(1),
  chain: z.number().int().nonnegative(),
  position: z.number().int().nonnegative(),
  events: z.array(negotiationEventSchema).min(1),
});

/** One line of `results.jsonl` (NegotiationRecord, format 1). */
export const recordSchema = z.strictObject({
  format: z.literal(1),
  negotiationId: z.string().min(1),
  chainId: z.string().min(1),
  chain: z.number().int().nonnegative(),
  position: z.number().int().nonnegative(),
  scenarioId: z.string(),
  scenarioSource: z.string(),
  persona: z.string(),
  policy: z.string(),
  policyName: z.string(),
  hmmMode: z.string().nullable(),
  seed: z.number().int(),
  backend: z.string(),
  creditorModel: z.string(),
  debtorModel: z.string(),
  detector: z.string(),
  outcome: z.enum(['accept', 'breakdown']),
  success: z.boolean(),
  finalDays: finite.nullable(),
  messages: z.number().int().nonnegative(),
  creditorTargetDays: finite.positive(),
  debtorTargetDays: finite,
  collectionRate: finite.min(0).max(1),
  debtCollectionMultiple: finite.nullable(),
  endReason: z.string(),
  detections: z.number().int().nonnegative(),
  detectorFailures: z.number().int().nonnegative(),
  detectionsCorrect: z.number().int().nonnegative().nullable(),
  manipulations: z.number().int().nonnegative(),
  guards: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  judgeVetoes: z.number().int().nonnegative(),
  policySnapshot: z.strictObject({ policy: z.string(), version: z.literal(1), state: z.unknown() }),
});

/**
 * The parts of `manifest.json` the analysis reads (other fields are kept as written): the
 * experiment's policies, to find each policy label's config.
 */
export const manifestSchema = z.looseObject({
  format: z.literal(1),
  identity: z.looseObject({
    experiment: z.looseObject({
      name: z.string(),
      policies: z.array(z.strictObject({ label: z.string(), config: policyConfigSchema })),
    }),
    detector: z.string(),
    scenarioIds: z.array(z.string()),
  }),
  complete: z.boolean(),
});
