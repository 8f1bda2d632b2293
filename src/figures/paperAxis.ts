import { paperTheme, type PaperTheme } from './paperTheme.ts';

/**
 * A plotly axis in the paper style: titled (the title should name the unit), thin dark axis line,
 * light grid, outside ticks, no zero line unless asked. Extra plotly axis fields pass through.
 * @throws when title is empty (every axis of the kit's figures says what it measures).
 * @example paperAxis('negotiation length (messages)').title.text // 'negotiation length (messages)'
 */
export function paperAxis(title: string, options: { theme?: PaperTheme; grid?: boolean } & Record<string, unknown> = {}): Record<string, unknown> & { title: { text: string } } {
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`paperAxis: title = ${JSON.stringify(title)}, expected a non-empty axis title`);
  const { theme = paperTheme, grid = true, ...rest } = options;
  return {
    title: { text: title, font: { size: theme.font.size, family: theme.font.family, color: theme.font.color }, standoff: 8 },
    tickfont: { size: theme.tickSize, family: theme.font.family, color: theme.font.color },
    showline: true,
    linecolor: theme.axisLineColor,
    linewidth: 1,
    mirror: false,
    ticks: 'outside',
    ticklen: 4,
    tickcolor: theme.axisLineColor,
    showgrid: grid,
    gridcolor: theme.gridColor,
    zeroline: false,
    automargin: true,
    ...rest,
  } as Record<string, unknown> & { title: { text: string } };
}
