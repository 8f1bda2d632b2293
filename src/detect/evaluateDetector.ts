import type { Emotion } from '../core/emotions.ts';
import type { ClassificationReport } from './classificationReport.ts';
import type { LabelledText, MultiLabelRule } from './labelledText.ts';
import { scoreDetections } from './scoreDetections.ts';
import type { EmotionDetector } from './types.ts';

/** A detector's scores on a labelled set. */
export interface DetectorEvaluation {
  detector: string;
  multiLabel: MultiLabelRule;
  report: ClassificationReport;
  /** Detections with ok = false (scored as the Neutral they carry). */
  failures: number;
  predictions: Emotion[];
  seconds: number;
}

/**
 * Run a detector over labelled items in batches of `batchSize` (default 1024) and score it
 * (multi-label items through `multiLabel`, default `first`). Failed detections are counted and
 * scored as the fallback emotion they carry, as the negotiation would use them.
 * @throws when the detector returns the wrong number of detections.
 */
export async function evaluateDetector(detector: EmotionDetector, items: readonly LabelledText[], options: { batchSize?: number; multiLabel?: MultiLabelRule } = {}): Promise<DetectorEvaluation> {
  const batchSize = options.batchSize ?? 1024;
  const multiLabel = options.multiLabel ?? 'first';
  const predictions: Emotion[] = [];
  let failures = 0;
  const t0 = performance.now();
  for (let start = 0; start < items.length; start += batchSize) {
    const texts = items.slice(start, start + batchSize).map((t) => t.text);
    const detections = await detector.detect(texts);
    if (detections.length !== texts.length) throw new Error(`evaluateDetector: detector ${detector.name} returned ${detections.length} detections for ${texts.length} texts`);
    for (const d of detections) {
      predictions.push(d.emotion);
      if (!d.ok) failures++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { detector: detector.name, multiLabel, report: scoreDetections(items, predictions, { multiLabel }), failures, predictions, seconds };
}
