import { emotionIndex, type Emotion } from '../core/emotions.ts';
import { classificationReport, type ClassificationReport } from './classificationReport.ts';
import type { LabelledText, MultiLabelRule } from './labelledText.ts';

/**
 * Score predicted emotions against labelled items, turning multi-label items into one gold label
 * with `multiLabel` (default `first`; see {@link MultiLabelRule}).
 * @throws when the lengths differ.
 * @example scoreDetections([{ text: 'x', labels: ['Joy', 'Neutral'], file: 'f', line: 1 }], ['Neutral'], { multiLabel: 'any' }).accuracy // 1
 */
export function scoreDetections(items: readonly LabelledText[], predicted: readonly Emotion[], options: { multiLabel?: MultiLabelRule } = {}): ClassificationReport {
  if (items.length !== predicted.length) {
    throw new Error(`scoreDetections: ${items.length} items but ${predicted.length} predictions`);
  }
  const rule = options.multiLabel ?? 'first';
  const gold: number[] = [];
  const pred: number[] = [];
  items.forEach((item, i) => {
    if (rule === 'drop' && item.labels.length > 1) return;
    const g = rule === 'any' && item.labels.includes(predicted[i]) ? predicted[i] : item.labels[0];
    gold.push(emotionIndex(g));
    pred.push(emotionIndex(predicted[i]));
  });
  return classificationReport(gold, pred);
}
