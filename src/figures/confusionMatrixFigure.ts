import { EMOTIONS } from '../core/emotions.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import type { PaperTheme } from './paperTheme.ts';
import { rowNormalisedHeatmap, type CountMatrix } from './rowNormalisedHeatmap.ts';
import type { Figure } from './types.ts';

/**
 * Confusion matrix, row-normalised (each row is the distribution of predictions for one true
 * class, so the diagonal is per-class recall), the share in each cell, counts in the hover. Takes
 * the `confusion` field of the analysis layer's `detectorAccuracy` (7x7, true emotion x detected)
 * or `stateInferenceAccuracy` rows (4x4, true state x argmax belief): a bare matrix gets the
 * EMOTIONS or DEBTOR_STATES labels by its size, or `options.labels`.
 * @throws when the matrix is not square, has no labels for its size, or holds a negative count.
 * @example confusionMatrixFigure([[3, 1], [0, 2]], { labels: ['a', 'b'] }).data[0].z // [[0.75, 0.25], [0, 1]]
 */
export function confusionMatrixFigure(
  matrix: readonly (readonly number[])[] | CountMatrix,
  options: { labels?: readonly string[]; trueTitle?: string; predictedTitle?: string; title?: string; theme?: PaperTheme; width?: number; height?: number } = {},
): Figure {
  const table = Array.isArray(matrix) ? labelled(matrix as readonly (readonly number[])[], options.labels) : (matrix as CountMatrix);
  const states = table.rowLabels.length === DEBTOR_STATES.length;
  return rowNormalisedHeatmap(table, {
    caller: 'confusionMatrixFigure',
    rowTitle: options.trueTitle ?? (states ? 'true hidden state' : 'true emotion'),
    colTitle: options.predictedTitle ?? (states ? 'inferred state (argmax belief)' : 'detected emotion'),
    colorbarTitle: 'share of true class (rate)',
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.height === undefined ? {} : { height: options.height }),
  });
}

function labelled(counts: readonly (readonly number[])[], labels: readonly string[] | undefined): CountMatrix {
  const size = counts.length;
  const names = labels ?? (size === EMOTIONS.length ? EMOTIONS : size === DEBTOR_STATES.length ? DEBTOR_STATES : undefined);
  if (names === undefined) throw new Error(`confusionMatrixFigure: a ${size}x${size} matrix needs options.labels (only 7x7 emotion and 4x4 state matrices are labelled by default)`);
  return { rowLabels: names, columnLabels: names, counts };
}
