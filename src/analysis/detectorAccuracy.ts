import { EMOTIONS, emotionIndex, type Emotion } from '../core/emotions.ts';
import { confusionMatrix } from '../detect/confusionMatrix.ts';
import { macroF1 } from '../detect/macroF1.ts';
import { wilsonInterval } from '../stats/wilsonInterval.ts';
import type { DetectionRow } from './detectionRows.ts';
import { groupRows, type ScalarField, type GroupValues } from './groupRows.ts';

/** Detector quality of one group. */
export interface DetectorAccuracyRow {
  [field: string]: string | number | boolean | null | number[][];
  detections: number;
  /** Detections whose output could not be parsed (they count with the fallback label they produced). */
  failures: number;
  /** Detections with a logged true emotion: the ones scored. */
  scored: number;
  correct: number;
  /** correct / scored with a Wilson interval (messages treated as independent). */
  accuracy: number;
  lower: number;
  upper: number;
  macroF1: number;
  /** 7x7, rows true emotion, columns detected, EMOTIONS order. */
  confusion: number[][];
}

/**
 * Accuracy of the creditor's emotion detector against the debtor's logged true emotion, per group
 * (default persona x policy): accuracy with a Wilson interval, macro-F1 (src/detect) and the
 * confusion matrix. Every detection counts, including failures (scored with the label the policy
 * received) and the last debtor message of a negotiation. O(n).
 * @example detectorAccuracy(run.detections, { by: ['persona'] })[0].macroF1
 */
export function detectorAccuracy(
  detections: readonly DetectionRow[],
  options: { by?: readonly ScalarField<DetectionRow>[]; confidence?: number } = {},
): DetectorAccuracyRow[] {
  const by = options.by ?? ['persona', 'policy'];
  return groupRows(detections, by).map(({ key, rows }) => {
    const scored = rows.filter((r): r is DetectionRow & { trueEmotion: Emotion } => r.trueEmotion !== null);
    const confusion = confusionMatrix(scored.map((r) => emotionIndex(r.trueEmotion)), scored.map((r) => emotionIndex(r.detected)), EMOTIONS.length);
    const correct = confusion.reduce((s, row, i) => s + row[i], 0);
    const ci = wilsonInterval(correct, scored.length, { confidence: options.confidence });
    return {
      ...(key as GroupValues),
      detections: rows.length,
      failures: rows.filter((r) => !r.ok).length,
      scored: scored.length,
      correct,
      accuracy: ci.estimate,
      lower: ci.lower,
      upper: ci.upper,
      macroF1: macroF1(confusion),
      confusion,
    };
  });
}
