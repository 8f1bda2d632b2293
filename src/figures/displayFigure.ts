import { hashString } from '../core/rng.ts';
import { detectKernel } from './detectKernel.ts';
import { figureHtml } from './figureHtml.ts';
import type { Figure } from './types.ts';

/** What a Deno notebook cell shows when its last expression is this object (Deno.jupyter.$display). */
export interface JupyterDisplayable {
  [key: symbol]: () => Record<string, string>;
}

export interface DisplayFigureOptions {
  /**
   * 'once' (default): inline plotly.js in the first figure shown by this kernel process and not
   * in later ones (small notebooks; reopened notebooks re-run outputs in order, so the first one
   * loads it again). 'inline': in every figure (each output self-contained). 'none': never.
   */
  plotlyJs?: 'once' | 'inline' | 'none';
  /** Injected for tests; default globalThis. */
  globals?: Record<string, unknown>;
}

const DISPLAY = Symbol.for('Jupyter.display');
const LOADED = Symbol.for('eq-negotiator.plotlyInlined');
let shown = 0;

/**
 * Show a figure interactively in a notebook, detecting the kernel:
 * - tslab: sends it as text/html through `tslab.display.html` and returns undefined;
 * - Deno (`deno jupyter`): returns a displayable object; leave the call as the cell's last
 *   expression (or pass the result to `await Deno.jupyter.display(...)`);
 * - anywhere else: returns the HTML fragment (with plotly.js inlined) as a string.
 * The HTML carries the figure's JSON and plotly.js, never a network reference.
 * @example displayFigure(outcomesFigure(table)) // a plot in tslab or Deno, an HTML string in a script
 */
export function displayFigure(figure: Figure, options: DisplayFigureOptions = {}): string | JupyterDisplayable | undefined {
  const globals = options.globals ?? (globalThis as unknown as Record<string, unknown>);
  const flags = globals as unknown as Record<symbol, unknown>;
  const kernel = detectKernel({ globals });
  const mode = options.plotlyJs ?? 'once';
  if (mode !== 'once' && mode !== 'inline' && mode !== 'none') throw new Error(`displayFigure: options.plotlyJs = ${JSON.stringify(mode)}, expected 'once', 'inline' or 'none'`);
  const inline = kernel === 'none' ? mode !== 'none' : mode === 'inline' || (mode === 'once' && flags[LOADED] !== true);
  shown += 1;
  const id = `eqn-fig-${hashString(JSON.stringify(figure.layout)).toString(36)}-${shown}`;
  const html = figureHtml(figure, { plotlyJs: inline ? 'inline' : 'none', id });
  if (kernel === 'none') return html;
  if (inline) flags[LOADED] = true;
  const title = (figure.layout.title as { text?: string } | undefined)?.text ?? 'figure';
  if (kernel === 'tslab') {
    const tslab = (globals.__tslab__ as { require: (id: string) => { display: { html(s: string): void } } }).require('tslab');
    tslab.display.html(html);
    return undefined;
  }
  return { [DISPLAY]: () => ({ 'text/html': html, 'text/plain': `plotly figure: ${title}` }) };
}
