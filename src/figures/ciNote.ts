import { paperTheme, type PaperTheme } from './paperTheme.ts';

/**
 * A small note in the top-right corner of a panel saying what the error bars are
 * (e.g. 'error bars: Wilson 95% CI'), anchored to the panel's axis domains.
 * @example ciNote('Wilson', { x: 'x', y: 'y' }).text // 'error bars: Wilson 95% CI'
 */
export function ciNote(interval: string, axes: { x: string; y: string }, options: { theme?: PaperTheme; confidence?: number } = {}): Record<string, unknown> {
  const theme = options.theme ?? paperTheme;
  const level = Math.round((options.confidence ?? 0.95) * 100);
  return {
    text: `error bars: ${interval} ${level}% CI`,
    xref: `${axes.x} domain`,
    yref: `${axes.y} domain`,
    x: 1,
    y: 1.0,
    xanchor: 'right',
    yanchor: 'bottom',
    showarrow: false,
    font: { family: theme.font.family, size: theme.annotationSize, color: theme.referenceColor },
  };
}
