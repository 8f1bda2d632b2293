import type { Matrix } from '../core/matrix.ts';
import { classScores } from './classScores.ts';

/**
 * Unweighted mean of the per-class F1 scores (scikit-learn `f1_score(average='macro')` with its
 * default `labels`: only classes present in gold or predictions count). NaN when no class is present.
 * @example macroF1(confusionMatrix([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], 3)) // 0.2667
 */
export function macroF1(confusion: Matrix): number {
  const { f1, support } = classScores(confusion);
  let total = 0;
  let count = 0;
  for (let c = 0; c < confusion.length; c++) {
    const predicted = confusion.reduce((s, row) => s + row[c], 0);
    if (support[c] === 0 && predicted === 0) continue;
    total += f1[c];
    count++;
  }
  return count > 0 ? total / count : Number.NaN;
}
