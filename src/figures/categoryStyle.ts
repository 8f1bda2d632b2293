import { paperTheme, type PaperTheme } from './paperTheme.ts';

/** How the i-th category of a figure (a policy, an HMM mode) is drawn. */
export interface CategoryStyle {
  color: string;
  /** Bar hatch pattern ('' for solid). */
  pattern: string;
  dash: string;
  symbol: string;
}

/**
 * The style of category `index`: palette colour, and past each full pass through the palette
 * the next hatch pattern, dash and marker symbol (so 16 policies stay distinguishable).
 * @throws when index is not a non-negative integer.
 * @example categoryStyle(8).pattern // '/'
 */
export function categoryStyle(index: number, options: { theme?: PaperTheme } = {}): CategoryStyle {
  if (!(Number.isInteger(index) && index >= 0)) throw new Error(`categoryStyle: index = ${index}, expected a non-negative integer`);
  const theme = options.theme ?? paperTheme;
  const n = theme.palette.length;
  const pass = Math.floor(index / n);
  return {
    color: theme.palette[index % n],
    pattern: theme.patterns[pass % theme.patterns.length],
    dash: theme.dashes[pass % theme.dashes.length],
    symbol: theme.symbols[pass % theme.symbols.length],
  };
}
