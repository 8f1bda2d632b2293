/**
 * The one place where the figures' look is decided (STYLE.md practice 12): a sans-serif family
 * with fixed sizes, a white background, the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal
 * Design", https://jfly.uni-koeln.de/color/; safe for the common colour-vision deficiencies) and
 * a sequential white-to-blue scale for heatmaps. Categories past the eighth reuse the palette
 * with a hatch pattern (bars), a dash (lines) and another marker symbol, so that they stay
 * distinguishable without relying on colour alone.
 */
export interface PaperTheme {
  font: { family: string; size: number; color: string };
  titleSize: number;
  tickSize: number;
  legendSize: number;
  annotationSize: number;
  background: string;
  gridColor: string;
  axisLineColor: string;
  palette: readonly string[];
  /** Hatch patterns, dashes and symbols cycled once per pass through the palette. */
  patterns: readonly string[];
  dashes: readonly string[];
  symbols: readonly string[];
  /** Sequential colour scale for proportions in [0, 1] (heatmaps). */
  sequentialScale: readonly (readonly [number, string])[];
  /** Colours of the four hidden debtor states (Cooperative, Confrontational, Distressed, Strategic). */
  stateColors: readonly string[];
  /** Colour of the "no difference" reference line and of neutral marks. */
  referenceColor: string;
}

/** Okabe-Ito, black moved last (it is reserved for reference marks first). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'] as const;

/** The kit's paper style. */
export const paperTheme: PaperTheme = {
  font: { family: 'Arial, Helvetica, "DejaVu Sans", "Liberation Sans", sans-serif', size: 12, color: '#222222' },
  titleSize: 14,
  tickSize: 11,
  legendSize: 11,
  annotationSize: 10,
  background: '#ffffff',
  gridColor: '#e5e5e5',
  axisLineColor: '#444444',
  palette: OKABE_ITO,
  patterns: ['', '/', '.', 'x'],
  dashes: ['solid', 'dash', 'dot', 'dashdot'],
  symbols: ['circle', 'square', 'diamond', 'triangle-up'],
  sequentialScale: [
    [0, '#ffffff'],
    [0.25, '#c6dbef'],
    [0.5, '#6baed6'],
    [0.75, '#2171b5'],
    [1, '#08306b'],
  ],
  stateColors: ['#009E73', '#D55E00', '#56B4E9', '#CC79A7'],
  referenceColor: '#555555',
};
