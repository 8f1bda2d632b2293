import type { PaperTheme } from './paperTheme.ts';
import { rowNormalisedHeatmap, type CountMatrix } from './rowNormalisedHeatmap.ts';
import type { Figure } from './types.ts';

/**
 * Emotion transition heatmap (7x7 with the analysis layer's `debtorTransitions`,
 * `creditorTransitions` or `creditorDebtorContingency` tables): row i is the distribution of the
 * emotion that followed emotion i, the share written in each cell and the count in the hover.
 * Name the axes with `from` and `to` (e.g. 'debtor emotion, message k' / 'debtor emotion, message k+1').
 * @throws when counts does not match the labels or holds a negative or non-finite count.
 * @example transitionHeatmapFigure(debtorTransitions(run.turns), { from: 'debtor emotion, message k', to: 'debtor emotion, message k+1' })
 */
export function transitionHeatmapFigure(
  table: CountMatrix,
  options: { from?: string; to?: string; title?: string; theme?: PaperTheme; width?: number; height?: number } = {},
): Figure {
  return rowNormalisedHeatmap(table, {
    caller: 'transitionHeatmapFigure',
    rowTitle: options.from ?? 'emotion at turn t',
    colTitle: options.to ?? 'emotion at turn t+1',
    colorbarTitle: 'transition probability (rate)',
    ...pick(options),
  });
}

function pick(options: { title?: string; theme?: PaperTheme; width?: number; height?: number }) {
  return {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.height === undefined ? {} : { height: options.height }),
  };
}
