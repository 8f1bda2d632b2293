import type { Emotion } from '../core/emotions.ts';
import type { NegotiationEvent, Transcript } from '../negotiation/events.ts';

/** One message of a negotiation as the report's transcript viewer shows it. */
export interface MessageView {
  index: number;
  role: 'creditor' | 'debtor';
  text: string;
  offerDays: number | null;
  /** Debtor messages: the logged true emotion and hidden state (simulated backend), else null. */
  trueEmotion: Emotion | null;
  trueState: string | null;
  /** Debtor messages: the detector's label and whether its output parsed. */
  detected: Emotion | null;
  detectorOk: boolean | null;
  /** Creditor messages: the policy's decision that produced the message. */
  creditorEmotion: Emotion | null;
  branch: string | null;
  /** Belief after the update on the preceding debtor message (4 debtor states; 7 creditor emotions in 2503 mode). */
  belief: number[] | null;
  negativeCount: number | null;
  window: number | null;
  note: string | null;
  /** Other events at this index: manipulation, guard, failure, judge (one short line each). */
  flags: string[];
}

/** One negotiation for the viewer: its coordinates, outcome and messages. */
export interface TranscriptView {
  negotiationId: string;
  scenarioId: string;
  persona: string;
  policy: string;
  seed: number;
  backend: string;
  creditorTargetDays: number | null;
  debtorTargetDays: number | null;
  outcome: 'accept' | 'breakdown' | null;
  finalDays: number | null;
  reason: string | null;
  messages: MessageView[];
}

/**
 * The viewer's form of a transcript: each message with what the agents knew and decided around
 * it (detected and true emotion, hidden state, HMM belief, branch, creditor emotion), joined by
 * message index (detections and decisions carry their message's index). Pure.
 * @throws when the transcript has no start event.
 * @example transcriptView(events).messages[1].detected // 'Anger'
 */
export function transcriptView(events: Transcript): TranscriptView {
  const start = events.find((e): e is Extract<NegotiationEvent, { type: 'start' }> => e.type === 'start');
  if (start === undefined) throw new Error('transcriptView: the transcript has no start event');
  const end = events.find((e): e is Extract<NegotiationEvent, { type: 'end' }> => e.type === 'end');
  const detections = new Map<number, Extract<NegotiationEvent, { type: 'detection' }>>();
  const decisions = new Map<number, Extract<NegotiationEvent, { type: 'decision' }>>();
  const flags = new Map<number, string[]>();
  const flag = (index: number, text: string) => flags.set(index, [...(flags.get(index) ?? []), text]);
  for (const e of events) {
    if (e.type === 'detection' && !detections.has(e.index)) detections.set(e.index, e);
    else if (e.type === 'decision' && !decisions.has(e.index)) decisions.set(e.index, e);
    else if (e.type === 'manipulation') flag(e.index, `manipulation (${e.role}): ${e.pattern}`);
    else if (e.type === 'guard') flag(e.index, `guard ${e.rule}: ${e.detail}`);
    else if (e.type === 'failure') flag(e.index, `failure ${e.kind}: ${e.message}`);
    else if (e.type === 'judge') flag(e.index, `judge ${e.judge}: ${e.agree ? 'agrees' : 'vetoes'}${e.days === null ? '' : ` (${e.days} days)`}: ${e.reason}`);
  }
  const messages: MessageView[] = [];
  for (const e of events) {
    if (e.type !== 'message') continue;
    const det = e.role === 'debtor' ? detections.get(e.index) : undefined;
    const trace = e.role === 'creditor' ? decisions.get(e.index)?.trace : undefined;
    messages.push({
      index: e.index,
      role: e.role,
      text: e.text,
      offerDays: e.offerDays,
      trueEmotion: e.trueEmotion ?? det?.trueEmotion ?? null,
      trueState: e.trueState ?? null,
      detected: det?.emotion ?? null,
      detectorOk: det?.ok ?? null,
      creditorEmotion: e.role === 'creditor' ? (e.creditorEmotion ?? trace?.chosen ?? null) : null,
      branch: trace?.branch ?? null,
      belief: trace?.belief ?? null,
      negativeCount: trace?.negativeCount ?? null,
      window: trace?.window ?? null,
      note: trace?.note ?? null,
      flags: flags.get(e.index) ?? [],
    });
  }
  return {
    negotiationId: start.negotiationId,
    scenarioId: start.scenarioId,
    persona: start.persona,
    policy: start.policy,
    seed: start.seed,
    backend: start.backend,
    creditorTargetDays: start.creditorTargetDays,
    debtorTargetDays: start.debtorTargetDays,
    outcome: end?.outcome ?? null,
    finalDays: end?.finalDays ?? null,
    reason: end?.reason ?? null,
    messages,
  };
}
