import { hashString } from '../core/rng.ts';
import { plotlySource } from './plotlySource.ts';
import { scriptJson } from './scriptJson.ts';
import type { Figure } from './types.ts';

export interface FigureHtmlOptions {
  /**
   * How plotly.js reaches the page: 'inline' (default) puts the library in front of the figure
   * (self-contained, about 4.8 MB), 'none' assumes the page already loaded it (e.g. one copy in a
   * report's head, or an earlier notebook output).
   */
  plotlyJs?: 'inline' | 'none';
  /** Element id; default derived from the figure's content (deterministic, so outputs diff cleanly). */
  id?: string;
  /** Plotly config (default: no logo, SVG download button, responsive). */
  config?: Record<string, unknown>;
}

/** Plotly config the kit's figures use everywhere. */
export const FIGURE_CONFIG: Readonly<Record<string, unknown>> = {
  displaylogo: false,
  responsive: true,
  toImageButtonOptions: { format: 'svg' },
};

/**
 * An HTML fragment that draws one figure: a div and a script calling Plotly.newPlot with the
 * figure's JSON. When plotly.js is missing from the page the div says so instead of failing
 * silently. The same figure gives the same fragment.
 * @example figureHtml(fig, { plotlyJs: 'none' }).startsWith('<div') // true
 */
export function figureHtml(figure: Figure, options: FigureHtmlOptions = {}): string {
  const plotlyJs = options.plotlyJs ?? 'inline';
  if (plotlyJs !== 'inline' && plotlyJs !== 'none') throw new Error(`figureHtml: options.plotlyJs = ${JSON.stringify(plotlyJs)}, expected 'inline' or 'none'`);
  const json = scriptJson({ data: figure.data, layout: figure.layout, config: options.config ?? FIGURE_CONFIG });
  const id = options.id ?? `eqn-fig-${hashString(json).toString(36)}`;
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`figureHtml: options.id = ${JSON.stringify(id)}, expected letters, digits, - and _`);
  const library = plotlyJs === 'inline' ? `<script type="text/javascript">${plotlySource()}</script>\n` : '';
  return (
    `<div id="${id}" class="eqn-figure"></div>\n${library}<script type="text/javascript">(function () {\n` +
    `  var el = document.getElementById(${JSON.stringify(id)});\n` +
    `  var spec = ${json};\n` +
    `  if (typeof window.Plotly === 'undefined') { el.textContent = 'plotly.js is not loaded in this page: display the figure with plotlyJs: "inline".'; return; }\n` +
    `  window.Plotly.newPlot(el, spec.data, spec.layout, spec.config);\n` +
    `})();</script>`
  );
}
