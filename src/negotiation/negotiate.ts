import type { CreditorSpeaker, DebtorSpeaker, Judge, JudgeVerdict } from '../agents/types.ts';
import type { Persona } from '../agents/personas.ts';
import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import type { Logger } from '../core/logger.ts';
import type { Rng } from '../core/rng.ts';
import type { Detection, EmotionDetector } from '../detect/types.ts';
import type { CreditorPolicy } from '../policies/types.ts';
import { validateScenario } from '../scenarios/scenarioSchema.ts';
import type { Scenario } from '../scenarios/types.ts';
import { detectManipulation } from './detectManipulation.ts';
import type { Message, NegotiationEvent } from './events.ts';
import { extractOffer } from './extractOffer.ts';
import { finalDays, roundHalfEven } from './finalDays.ts';
import { guardCreditorOffer } from './guardCreditorOffer.ts';
import { offersConverged } from './offersConverged.ts';
import { parseProtocolConfig, type ProtocolConfig, type ProtocolConfigInput } from './protocolConfig.ts';

/** The three agents a backend builds for one negotiation. */
export interface NegotiationAgents {
  creditor: CreditorSpeaker;
  debtor: DebtorSpeaker;
  judge: Judge;
}

/** What the start event records about the run (the policy name defaults to `policy.name`). */
export interface StartLabels {
  backend: string;
  creditorModel: string;
  debtorModel: string;
  seed: number;
  policy?: string;
}

/** Everything one negotiation needs. */
export interface NegotiationSetup {
  negotiationId: string;
  scenario: Scenario;
  persona: Persona;
  policy: CreditorPolicy;
  agents: NegotiationAgents;
  detector: EmotionDetector;
  /** The negotiation's stream; the policy gets `rng.fork('policy')`. */
  rng: Rng;
  config?: ProtocolConfigInput;
  labels: StartLabels;
  /** Receives a warning when the detector throws (the failure is also recorded as a detection event). */
  logger?: Logger;
}

type Events = AsyncGenerator<NegotiationEvent, void, undefined>;

/**
 * Run the negotiation protocol of METHOD.md section 4 as a stream of events:
 * `start`; the policy is reset; the creditor opens (message 0) and messages alternate. Before every
 * creditor message the policy decides (`decision`): on message 0 from no observation (null, traced
 * as Neutral), afterwards from the detected emotion of the last debtor message (`detection`, indexed
 * by that debtor message; a detector that fails or throws gives `ok: false`, Neutral). Speakers'
 * own events (`llm-call`, `failure`) precede their `message`. Every message carries its offer
 * (extractOffer). A creditor offer above `scenario.creditorMaxDays` is rewritten to the limit
 * (`guard` 'creditor-offer-above-max', original text in the detail). Debtor messages are scanned for
 * instructions aimed at the creditor (`manipulation`, recorded only; the limits hold regardless).
 * After any message that leaves the latest offers converged (debtor at most `agreementGapDays`
 * above the creditor), the judge is asked (`judge`). If it agrees, the days are the judge's number
 * when `useJudgeDays` and it lies between the offers (else `guard` 'judge-days-outside-offers'),
 * otherwise `finalDaysRule` applied to the offers; an agreement above the creditor's limit is vetoed
 * (`guard` 'agreement-above-max') and the negotiation goes on. Agreement ends with outcome 'accept';
 * `maxMessages` messages without one end in 'breakdown'. `policy.learn({ success })` runs before `end`.
 * Speaker or judge exceptions propagate (the runner records them); the stream is then cut short.
 * @throws when the config or scenario is invalid (naming the field and value).
 */
export async function* negotiate(setup: NegotiationSetup): Events {
  const config = parseProtocolConfig(setup.config ?? {});
  const scenario = validateScenario(setup.scenario, `negotiate: setup.scenario (${setup.scenario?.id})`);
  const { policy, agents, detector, labels } = setup;
  const maxDays = scenario.creditorMaxDays;
  yield {
    type: 'start',
    negotiationId: setup.negotiationId,
    scenarioId: scenario.id,
    persona: setup.persona,
    policy: labels.policy ?? policy.name,
    seed: labels.seed,
    backend: labels.backend,
    creditorModel: labels.creditorModel,
    debtorModel: labels.debtorModel,
    creditorTargetDays: scenario.creditorTargetDays,
    debtorTargetDays: scenario.debtorTargetDays,
    creditorMaxDays: maxDays,
  };
  policy.reset({ rng: setup.rng.fork('policy') });
  const history: Message[] = [];
  const offers: { creditor: number | null; debtor: number | null } = { creditor: null, debtor: null };
  let lastTrueEmotion: Emotion | undefined;
  for (let index = 0; index < config.maxMessages; index++) {
    if (index % 2 === 0) {
      let detected: Emotion | null = null;
      if (index > 0) {
        const detection = await detectSafely(detector, history[index - 1].text);
        yield* detection.events ?? [];
        yield detectionEvent(index - 1, detector.name, detection, lastTrueEmotion);
        detected = detection.emotion;
      }
      const trace = policy.decide(detected);
      yield { type: 'decision', index, trace };
      const spoken = await agents.creditor.speak({
        scenario, history: history.slice(), emotion: trace.chosen, decision: trace, temperature: trace.temperature, maxDays,
      });
      yield* spoken.events ?? [];
      const guarded = guardCreditorOffer(spoken.text, maxDays);
      if (guarded.clamped !== undefined) {
        const c = guarded.clamped;
        yield {
          type: 'guard', index, rule: 'creditor-offer-above-max',
          detail: `offer ${c.offeredDays} days > creditorMaxDays ${maxDays}: ${c.how} to ${maxDays} days; original text: ${JSON.stringify(c.originalText)}`,
        };
      }
      history.push({ index, role: 'creditor', text: guarded.text, offerDays: guarded.offerDays, emotion: trace.chosen });
      yield { type: 'message', index, role: 'creditor', text: guarded.text, offerDays: guarded.offerDays, creditorEmotion: trace.chosen };
      if (guarded.offerDays !== null) offers.creditor = guarded.offerDays;
    } else {
      const spoken = await agents.debtor.speak({ scenario, persona: setup.persona, history: history.slice() });
      yield* spoken.events ?? [];
      const offerDays = extractOffer(spoken.text);
      history.push({ index, role: 'debtor', text: spoken.text, offerDays });
      const event: NegotiationEvent = { type: 'message', index, role: 'debtor', text: spoken.text, offerDays };
      if (spoken.trueEmotion !== undefined) event.trueEmotion = spoken.trueEmotion;
      if (spoken.trueState !== undefined) event.trueState = spoken.trueState;
      yield event;
      lastTrueEmotion = spoken.trueEmotion;
      for (const m of detectManipulation(spoken.text)) {
        yield { type: 'manipulation', index, role: 'debtor', pattern: m.pattern, excerpt: m.excerpt };
      }
      if (offerDays !== null) offers.debtor = offerDays;
    }
    if (!offersConverged(offers, config.agreementGapDays)) continue;
    const input = { scenario, history: history.slice(), creditorOffer: offers.creditor as number, debtorOffer: offers.debtor as number };
    const verdict = await agents.judge.judge(input);
    yield* verdict.events ?? [];
    yield { type: 'judge', index, judge: agents.judge.name, agree: verdict.agree, days: verdict.days, reason: verdict.reason };
    if (!verdict.agree) continue;
    const settled = settleDays(verdict, input, config);
    if (settled.rejectedJudgeDays !== undefined) {
      yield {
        type: 'guard', index, rule: 'judge-days-outside-offers',
        detail: `judge gave ${settled.rejectedJudgeDays} days, outside the offers ${input.creditorOffer}-${input.debtorOffer}; used finalDaysRule '${config.finalDaysRule}' instead`,
      };
    }
    if (settled.days > maxDays) {
      yield {
        type: 'guard', index, rule: 'agreement-above-max',
        detail: `agreement at ${settled.days} days vetoed: creditorMaxDays is ${maxDays}`,
      };
      continue;
    }
    policy.learn({ success: true });
    yield { type: 'end', outcome: 'accept', finalDays: settled.days, messages: index + 1, reason: settled.reason };
    return;
  }
  policy.learn({ success: false });
  yield { type: 'end', outcome: 'breakdown', finalDays: null, messages: config.maxMessages, reason: `no agreement within ${config.maxMessages} messages` };
}

/** The agreed days: the judge's number when allowed and between the offers, else the configured rule. */
function settleDays(
  verdict: JudgeVerdict,
  offers: { creditorOffer: number; debtorOffer: number },
  config: ProtocolConfig,
): { days: number; reason: string; rejectedJudgeDays?: number } {
  const byRule = finalDays(config.finalDaysRule, { creditor: offers.creditorOffer, debtor: offers.debtorOffer });
  const ruleReason = `finalDaysRule '${config.finalDaysRule}' on offers ${offers.creditorOffer} (creditor) and ${offers.debtorOffer} (debtor)`;
  if (!config.useJudgeDays || verdict.days === null) return { days: byRule, reason: ruleReason };
  const low = Math.min(offers.creditorOffer, offers.debtorOffer);
  const high = Math.max(offers.creditorOffer, offers.debtorOffer);
  const judged = Number.isFinite(verdict.days) ? roundHalfEven(verdict.days) : NaN;
  if (judged >= low && judged <= high) return { days: judged, reason: `the judge's days (offers ${offers.creditorOffer} and ${offers.debtorOffer})` };
  return { days: byRule, reason: ruleReason, rejectedJudgeDays: verdict.days };
}

/** Detect one text; a throw, a missing verdict or an unknown label becomes `ok: false`, Neutral. */
/**
 * A malformed verdict (wrong count, unknown label) is recorded as a failed detection (ok:false,
 * Neutral, the paper's fallback). A detector that throws is not swallowed: model failures are
 * already recorded inside the LLM detector, so a throw means something the run must stop on
 * (a replay-cache miss, a bug), and the runner keeps finished work and reports it.
 */
async function detectSafely(detector: EmotionDetector, text: string): Promise<Detection> {
  const results = await detector.detect([text]);
  const d = results?.[0];
  if (results?.length !== 1 || d === undefined) return { emotion: 'Neutral', ok: false, error: `detector ${detector.name} returned ${results?.length} results for 1 text` };
  if (!(EMOTIONS as readonly string[]).includes(d.emotion)) {
    return { ...d, emotion: 'Neutral', ok: false, error: `detector ${detector.name} returned unknown emotion ${JSON.stringify(d.emotion)}` };
  }
  return d;
}

function detectionEvent(index: number, detector: string, d: Detection, trueEmotion: Emotion | undefined): NegotiationEvent {
  const event: NegotiationEvent = { type: 'detection', index, detector, emotion: d.emotion, ok: d.ok };
  if (trueEmotion !== undefined) event.trueEmotion = trueEmotion;
  if (d.scores !== undefined) event.scores = d.scores.slice();
  if (d.raw !== undefined) event.raw = d.raw;
  if (d.error !== undefined) event.error = d.error;
  return event;
}
