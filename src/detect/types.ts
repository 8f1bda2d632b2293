import type { Emotion } from '../core/emotions.ts';
import type { NegotiationEvent } from '../negotiation/events.ts';

/** One detector verdict. A failed parse is `ok: false` with `emotion: 'Neutral'` (the paper's fallback) and an error, counted downstream. */
export interface Detection {
  emotion: Emotion;
  ok: boolean;
  /** Probability or score per emotion in EMOTIONS order, when the detector has them. */
  scores?: number[];
  raw?: string;
  error?: string;
  /** LLM detectors: the `llm-call` event(s) behind this detection, for the transcript. */
  events?: NegotiationEvent[];
}

/** Classifies each text into one of the seven emotions. Batched so that fast detectors stay fast. */
export interface EmotionDetector {
  readonly name: string;
  detect(texts: string[]): Promise<Detection[]>;
}
