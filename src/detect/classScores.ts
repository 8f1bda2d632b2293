import type { Matrix } from '../core/matrix.ts';

/** Per-class precision, recall, F1 and support, in class order. */
export interface ClassScores {
  precision: number[];
  recall: number[];
  f1: number[];
  /** Number of gold items of each class. */
  support: number[];
}

/**
 * Precision, recall and F1 of each class from a confusion matrix (rows gold, columns predicted).
 * A ratio with a zero denominator is 0, as scikit-learn's default `zero_division` gives.
 * O(k^2).
 * @example classScores([[1, 0, 0], [1, 0, 0], [0, 1, 2]]).f1 // [0.667, 0, 0.8] (scikit-learn classification_report example)
 */
export function classScores(confusion: Matrix): ClassScores {
  const k = confusion.length;
  const precision: number[] = [];
  const recall: number[] = [];
  const f1: number[] = [];
  const support: number[] = [];
  for (let c = 0; c < k; c++) {
    const tp = confusion[c][c];
    let gold = 0;
    let predicted = 0;
    for (let j = 0; j < k; j++) {
      gold += confusion[c][j];
      predicted += confusion[j][c];
    }
    const p = predicted > 0 ? tp / predicted : 0;
    const r = gold > 0 ? tp / gold : 0;
    precision.push(p);
    recall.push(r);
    f1.push(p + r > 0 ? (2 * p * r) / (p + r) : 0);
    support.push(gold);
  }
  return { precision, recall, f1, support };
}
