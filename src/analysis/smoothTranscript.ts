import { emotionIndex, type Emotion } from '../core/emotions.ts';
import type { NegotiationEvent, Transcript } from '../negotiation/events.ts';
import type { PrincipledModel } from '../policies/principledHmm.ts';
import { smoothStates, type StateObservation } from '../policies/smoothStates.ts';
import type { SmoothingModel } from './hmmSmoothingModel.ts';

/** Smoothed state posterior at one debtor message. */
export interface SmoothedState {
  /** P(S at this debtor message | every detected debtor emotion of the negotiation), DEBTOR_STATES order. */
  posterior: number[];
  /**
   * Total-variation distance between `posterior` and the posterior of the same model with the
   * debtor's emotions marginalised out: how much the debtor's emotions moved the estimate
   * (0 up to rounding for paper-code, whose emission ignores them).
   */
  debtorInfluence: number;
}

/**
 * Forward-backward smoothing of one negotiation's hidden debtor states (src/policies smoothStates).
 * Observations: one per debtor message, in order; D = the emotion the policy used for it (the
 * `detected` of the decision that follows it, else the detection event's emotion, for the last
 * message), C = the creditor emotion in effect when the debtor wrote it (the previous decision's
 * choice, Neutral before the first or when it was null). For paper-code the opening
 * pseudo-observation (D = C = Neutral) comes first, as the policy's own filter has it.
 * `filterDeviation` is the largest difference between the forward filter of this model and the
 * beliefs in the decision traces: about 0 when the model is the one the policy used.
 * The final debtor message, when nothing read it, is skipped.
 * @throws when a debtor message other than the last has no detection and no following decision, or an observation has
 *   probability 0 under every state.
 * @example smoothTranscript(events, smoothingModel).byIndex.get(1)?.posterior // 4 probabilities
 */
export function smoothTranscript(transcript: Transcript, smoothing: SmoothingModel): { byIndex: Map<number, SmoothedState>; filterDeviation: number } {
  const observations: StateObservation[] = [];
  const messageIndex: number[] = [];
  const checks: { count: number; belief: number[] }[] = [];
  if (smoothing.opening) {
    observations.push({ debtor: emotionIndex('Neutral'), creditor: emotionIndex('Neutral') });
    messageIndex.push(-1);
  }
  let current: Emotion = 'Neutral';
  for (let p = 0; p < transcript.length; p++) {
    const e = transcript[p];
    if (e.type === 'decision') {
      if (e.trace.belief?.length === 4) checks.push({ count: observations.length, belief: e.trace.belief });
      current = e.trace.chosen ?? 'Neutral';
    } else if (e.type === 'message' && e.role === 'debtor') {
      const debtor = usedEmotion(transcript, p, e.index);
      // The protocol detects a debtor message only before the next creditor turn, so a negotiation
      // that ends on a debtor message leaves it unread: it is not an observation of the policy's.
      if (debtor === undefined) {
        if (transcript.slice(p + 1).some((q) => q.type === 'message' && q.role === 'debtor')) {
          throw new Error(`smoothTranscript: debtor message ${e.index} has no detection and no following decision`);
        }
        continue;
      }
      observations.push({ debtor: emotionIndex(debtor), creditor: emotionIndex(current) });
      messageIndex.push(e.index);
    }
  }
  const byIndex = new Map<number, SmoothedState>();
  if (observations.length === 0) return { byIndex, filterDeviation: 0 };
  const { posteriors } = smoothStates(observations, smoothing.model);
  const blind = smoothStates(observations, debtorBlind(smoothing.model)).posteriors;
  messageIndex.forEach((index, t) => {
    if (index < 0) return;
    let tv = 0;
    for (let s = 0; s < posteriors[t].length; s++) tv += Math.abs(posteriors[t][s] - blind[t][s]);
    byIndex.set(index, { posterior: posteriors[t], debtorInfluence: tv / 2 });
  });
  let filterDeviation = 0;
  for (const { count, belief } of checks) {
    const filtered = count === 0 ? smoothing.model.initial : smoothStates(observations.slice(0, count), smoothing.model).posteriors[count - 1];
    for (let s = 0; s < belief.length; s++) filterDeviation = Math.max(filterDeviation, Math.abs(filtered[s] - belief[s]));
  }
  return { byIndex, filterDeviation };
}

function usedEmotion(transcript: readonly NegotiationEvent[], from: number, index: number): Emotion | undefined {
  let detection: Emotion | undefined;
  for (let q = from + 1; q < transcript.length; q++) {
    const e = transcript[q];
    if (e.type === 'decision') return e.trace.detected;
    if (e.type === 'message' && e.role === 'debtor') break;
    if (e.type === 'detection' && e.index === index) detection = e.emotion;
  }
  return detection;
}

/** The same model with the debtor's emotion marginalised out of the likelihood: lik(s | c) = sum_d table[c][s][d]. */
function debtorBlind(model: PrincipledModel): PrincipledModel {
  const table = model.table.map((byState) => byState.map((row) => {
    let s = 0;
    for (const v of row) s += v;
    return row.map(() => s);
  }));
  return { ...model, table };
}
