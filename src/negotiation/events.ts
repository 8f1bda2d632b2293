import type { Emotion } from '../core/emotions.ts';
import type { DecisionTrace } from '../policies/types.ts';

export type Role = 'creditor' | 'debtor';

/** A message as the agents see it. `emotion` is the creditor's intended emotion (null: none). */
export interface Message {
  index: number;
  role: Role;
  text: string;
  offerDays: number | null;
  emotion?: Emotion | null;
}

/**
 * A negotiation is a stream of these plain, serialisable events; a transcript is an array of them,
 * and every metric is a pure function of transcripts (STYLE.md practice 9).
 */
export type NegotiationEvent =
  | {
      type: 'start';
      negotiationId: string;
      scenarioId: string;
      persona: string;
      policy: string;
      seed: number;
      backend: string;
      creditorModel: string;
      debtorModel: string;
      creditorTargetDays: number;
      debtorTargetDays: number;
      creditorMaxDays: number;
    }
  /** A message; on the simulated backend the debtor's true emotion and hidden state are logged too. */
  | {
      type: 'message';
      index: number;
      role: Role;
      text: string;
      offerDays: number | null;
      creditorEmotion?: Emotion | null;
      trueEmotion?: Emotion;
      trueState?: string;
    }
  /** Detection of the debtor message at `index` (made before the next creditor message); `trueEmotion` copied from that message. */
  | { type: 'detection'; index: number; detector: string; emotion: Emotion; ok: boolean; trueEmotion?: Emotion; scores?: number[]; raw?: string; error?: string }
  /** The policy's decision for the creditor message at `index`. */
  | { type: 'decision'; index: number; trace: DecisionTrace }
  | { type: 'manipulation'; index: number; role: Role; pattern: string; excerpt: string }
  | { type: 'guard'; index: number; rule: string; detail: string }
  | { type: 'llm-call'; role: string; model: string; digest?: string; options: Record<string, unknown>; prompt: unknown; response: string; durationMs: number; cached?: boolean }
  | { type: 'failure'; index: number; kind: string; message: string }
  | { type: 'judge'; index: number; judge: string; agree: boolean; days: number | null; reason: string }
  | { type: 'end'; outcome: 'accept' | 'breakdown'; finalDays: number | null; messages: number; reason: string };

export type Transcript = NegotiationEvent[];
