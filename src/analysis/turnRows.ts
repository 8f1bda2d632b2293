import type { Emotion } from '../core/emotions.ts';
import type { NegotiationEvent, Transcript } from '../negotiation/events.ts';
import type { PolicyBranch } from '../policies/types.ts';
import type { RowCoordinates } from './rowCoordinates.ts';
import type { SmoothedState } from './smoothTranscript.ts';

/**
 * One creditor decision (turn) with its trace and the debtor messages around it.
 *
 * Alignment: the decision at creditor turn t is taken after the debtor message just before it
 * (message index - 1 in the alternating protocol), so its `belief` (after this turn's update) is an
 * estimate of the hidden state behind THAT message: `trueDebtorState` and `trueDebtorEmotion` are
 * that message's, and `debtorIndex` its index. The opening turn has no debtor message before it
 * (`observed` false, truths null) and is left out of every inference-accuracy metric. The debtor's
 * answer to the creditor message this decision produced is `reply*`.
 */
export interface TurnRow extends RowCoordinates {
  /** The negotiation's outcome, for splitting dynamics by it. */
  success: boolean;
  /** 1-based decision count in the negotiation (the trace's turn). */
  turn: number;
  /** Index of the creditor message this decision produced (the decision event's index). */
  index: number;
  /** True when a debtor message preceded this decision (false on the opening turn). */
  observed: boolean;
  /** Index of that debtor message, or null. */
  debtorIndex: number | null;
  /** D_t the policy used (the trace's `detected`; Neutral on the opening turn). */
  detected: Emotion;
  /** The detector's ok flag for that debtor message (null when none). */
  detectorOk: boolean | null;
  /** Logged true emotion of that debtor message (simulated backend), else null. */
  trueDebtorEmotion: Emotion | null;
  /** Logged true hidden state of that debtor message (DEBTOR_STATES name), else null. */
  trueDebtorState: string | null;
  branch: PolicyBranch;
  /** The creditor's emotion; null for no guidance (vanilla). */
  chosen: Emotion | null;
  /** Eq. 4 switch evidence, when the policy has one. */
  negativeCount: number | null;
  window: number | null;
  /** The trace's belief: 4 debtor states (paper-code, principled) or 7 creditor emotions (2503); null when none. */
  belief: number[] | null;
  /** One-step prediction P(S_{t+1} | H_t), when logged. */
  prediction: number[] | null;
  /** Forward-backward smoothed posterior over the 4 debtor states at the preceding debtor message (HMM policies), else null. */
  smoothed: number[] | null;
  /** How much the debtor's emotions moved `smoothed` (total variation vs. a debtor-blind model), else null. */
  smoothedDebtorInfluence: number | null;
  temperature: number;
  /** Offer (days) of the creditor message this decision produced, null when it named none. */
  creditorOffer: number | null;
  /** Offer (days) of the preceding debtor message, null when none. */
  debtorOffer: number | null;
  /** True emotion of the debtor's reply to this creditor message, null when no reply or no truth. */
  replyTrueEmotion: Emotion | null;
  /** Detected emotion of that reply, null when none. */
  replyDetected: Emotion | null;
}

type Message = Extract<NegotiationEvent, { type: 'message' }>;

/**
 * The turn rows of one negotiation, in decision order (see {@link TurnRow} for the alignment).
 * `smoothed` maps a debtor message index to its smoothed state (from smoothTranscript).
 * Pure function of the transcript. O(events).
 * @example turnRows(events, { coordinates, success: true })[1].trueDebtorState // 'Confrontational'
 */
export function turnRows(
  transcript: Transcript,
  options: { coordinates: RowCoordinates; success: boolean; smoothed?: ReadonlyMap<number, SmoothedState> },
): TurnRow[] {
  const detections = new Map<number, Extract<NegotiationEvent, { type: 'detection' }>>();
  for (const e of transcript) if (e.type === 'detection' && !detections.has(e.index)) detections.set(e.index, e);
  const rows: TurnRow[] = [];
  let previous: Message | null = null; // debtor message since the last decision
  for (let p = 0; p < transcript.length; p++) {
    const e = transcript[p];
    if (e.type === 'message' && e.role === 'debtor') previous = e;
    if (e.type !== 'decision') continue;
    const t = e.trace;
    const { creditor, reply } = following(transcript, p);
    const detection = previous ? detections.get(previous.index) : undefined;
    const smooth = previous ? options.smoothed?.get(previous.index) : undefined;
    rows.push({
      ...options.coordinates,
      success: options.success,
      turn: t.turn,
      index: e.index,
      observed: previous !== null,
      debtorIndex: previous?.index ?? null,
      detected: t.detected,
      detectorOk: detection?.ok ?? null,
      trueDebtorEmotion: previous?.trueEmotion ?? null,
      trueDebtorState: previous?.trueState ?? null,
      branch: t.branch,
      chosen: t.chosen,
      negativeCount: t.negativeCount ?? null,
      window: t.window ?? null,
      belief: t.belief ?? null,
      prediction: t.prediction ?? null,
      smoothed: smooth?.posterior ?? null,
      smoothedDebtorInfluence: smooth?.debtorInfluence ?? null,
      temperature: t.temperature,
      creditorOffer: creditor?.offerDays ?? null,
      debtorOffer: previous?.offerDays ?? null,
      replyTrueEmotion: reply?.trueEmotion ?? null,
      replyDetected: reply ? (detections.get(reply.index)?.emotion ?? null) : null,
    });
    previous = null;
  }
  return rows;
}

/** The creditor message produced by the decision at position p and the debtor's reply to it, both before the next decision. */
function following(transcript: Transcript, p: number): { creditor: Message | undefined; reply: Message | undefined } {
  let creditor: Message | undefined;
  for (let q = p + 1; q < transcript.length; q++) {
    const e = transcript[q];
    if (e.type === 'decision') break;
    if (e.type !== 'message') continue;
    if (e.role === 'creditor' && creditor === undefined) creditor = e;
    else if (e.role === 'debtor') return { creditor, reply: e };
  }
  return { creditor, reply: undefined };
}
