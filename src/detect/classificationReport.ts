import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import type { Matrix } from '../core/matrix.ts';
import { accuracy } from './accuracy.ts';
import { classScores } from './classScores.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import { macroF1 } from './macroF1.ts';

/** Scores of one emotion. */
export interface EmotionScores {
  emotion: Emotion;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Accuracy, macro-F1, per-class scores and the confusion matrix (rows gold, columns predicted, EMOTIONS order). */
export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: EmotionScores[];
  confusion: Matrix;
}

/**
 * Score single-label predictions over the seven emotions (indices in EMOTIONS order).
 * Macro-F1 averages the classes present in gold or predictions (scikit-learn's default).
 * @example classificationReport([0, 1], [0, 0]).accuracy // 0.5
 */
export function classificationReport(gold: ArrayLike<number>, predicted: ArrayLike<number>): ClassificationReport {
  const confusion = confusionMatrix(gold, predicted, EMOTIONS.length);
  const s = classScores(confusion);
  return {
    n: gold.length,
    accuracy: accuracy(confusion),
    macroF1: macroF1(confusion),
    perClass: EMOTIONS.map((emotion, c) => ({ emotion, precision: s.precision[c], recall: s.recall[c], f1: s.f1[c], support: s.support[c] })),
    confusion,
  };
}
