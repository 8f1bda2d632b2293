import type { Emotion } from '../core/emotions.ts';
import type { Transcript } from '../negotiation/events.ts';
import type { RowCoordinates } from './rowCoordinates.ts';

/** One detection of a debtor message's emotion, with the logged truth when the backend knows it. */
export interface DetectionRow extends RowCoordinates {
  /** Index of the debtor message. */
  index: number;
  /** Detector name. */
  detectorName: string;
  /** The detector's label (on a failure, the fallback label the policy received). */
  detected: Emotion;
  /** False when the detector's output could not be parsed (a counted failure). */
  ok: boolean;
  /** True emotion of the message (the detection's, else the message's), null when unknown. */
  trueEmotion: Emotion | null;
  /** True hidden state of the message, null when unknown. */
  trueState: string | null;
}

/**
 * Every detection event of a transcript as a row, in transcript order. Unlike the turn rows this
 * includes the last debtor message, after which no decision follows.
 * Pure. O(events).
 * @example detectionRows(events, { coordinates }).filter((r) => r.detected === r.trueEmotion).length
 */
export function detectionRows(transcript: Transcript, options: { coordinates: RowCoordinates }): DetectionRow[] {
  const messages = new Map<number, { trueEmotion?: Emotion; trueState?: string }>();
  for (const e of transcript) if (e.type === 'message' && e.role === 'debtor') messages.set(e.index, e);
  const rows: DetectionRow[] = [];
  for (const e of transcript) {
    if (e.type !== 'detection') continue;
    const m = messages.get(e.index);
    rows.push({
      ...options.coordinates,
      index: e.index,
      detectorName: e.detector,
      detected: e.emotion,
      ok: e.ok,
      trueEmotion: e.trueEmotion ?? m?.trueEmotion ?? null,
      trueState: m?.trueState ?? null,
    });
  }
  return rows;
}
