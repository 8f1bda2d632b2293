import { paperTheme, type PaperTheme } from './paperTheme.ts';
import type { PlotlyLayout } from './types.ts';

/**
 * The layout every figure starts from: theme font, white paper and plot background, a title, a
 * legend right of the plot, fixed default size (the static export's, in CSS pixels) and
 * margins that leave room for axis titles. Extra fields (axes, annotations, shapes) are merged in.
 * @example paperLayout({ title: 'Success rate' }).paper_bgcolor // '#ffffff'
 */
export function paperLayout(options: { title?: string; width?: number; height?: number; theme?: PaperTheme; legend?: Record<string, unknown> } & Record<string, unknown> = {}): PlotlyLayout {
  const { title, width = 800, height = 450, theme = paperTheme, legend, ...rest } = options;
  return {
    ...(title === undefined ? {} : { title: { text: title, font: { size: theme.titleSize, family: theme.font.family, color: theme.font.color }, x: 0.01, xanchor: 'left' } }),
    font: { ...theme.font },
    paper_bgcolor: theme.background,
    plot_bgcolor: theme.background,
    width,
    height,
    margin: { l: 70, r: 20, t: title === undefined ? 20 : 50, b: 60 },
    showlegend: true,
    legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top', font: { size: theme.legendSize, family: theme.font.family }, ...legend },
    hoverlabel: { font: { family: theme.font.family, size: theme.tickSize } },
    colorway: [...theme.palette],
    ...rest,
  };
}
