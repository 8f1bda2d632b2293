import assert from 'node:assert/strict';
import { paperTheme } from '../../src/figures/paperTheme.ts';
import { withAlpha } from '../../src/figures/withAlpha.ts';
import type { Figure } from '../../src/figures/types.ts';

/** Unit words an axis title that carries numbers must name. */
export const UNIT = /\b(rate|days|messages|probability|decision number|k of n)\b/;

/** Every layout axis (xaxis, yaxis2, ...) by key. */
export function axes(fig: Figure): [string, Record<string, unknown>][] {
  return Object.entries(fig.layout).filter(([k]) => /^[xy]axis\d*$/.test(k)) as [string, Record<string, unknown>][];
}

const title = (axis: Record<string, unknown>) => ((axis.title as { text?: string } | undefined)?.text ?? '').trim();

/**
 * The paper style of STYLE.md practice 12 and the issue: theme font family and sizes, white
 * backgrounds, every visible axis titled, numeric axes naming their unit, and every colour drawn
 * from the theme (palette, state colours or their translucent fills).
 */
export function assertPaperStyle(fig: Figure, options: { categoryAxes?: readonly string[] } = {}): void {
  const layout = fig.layout as Record<string, any>;
  assert.equal(layout.font.family, paperTheme.font.family);
  assert.equal(layout.font.size, paperTheme.font.size);
  assert.equal(layout.paper_bgcolor, '#ffffff');
  assert.equal(layout.plot_bgcolor, '#ffffff');
  const found = axes(fig);
  assert.ok(found.length > 0, 'the figure has axes');
  for (const [key, axis] of found) {
    if (axis.showticklabels === false || axis.matches !== undefined) continue;
    assert.ok(title(axis) !== '', `${key} has a title`);
    assert.equal((axis.title as any).font.family, paperTheme.font.family, `${key} title font`);
    assert.equal((axis.tickfont as any).size, paperTheme.tickSize, `${key} tick size`);
    const categorical = axis.type === 'category' || (options.categoryAxes ?? []).includes(key);
    if (!categorical) assert.match(title(axis), UNIT, `${key} title ${JSON.stringify(title(axis))} names a unit`);
  }
  const allowed = new Set<string>([
    ...paperTheme.palette, ...paperTheme.stateColors, paperTheme.axisLineColor, paperTheme.background, '#000000', '#ffffff',
    ...[...paperTheme.palette, ...paperTheme.stateColors].flatMap((c) => [0.35, 0.7].map((a) => withAlpha(c, a))),
  ]);
  const colours: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string' && /color$/i.test(key)) colours.push(v);
    else if (Array.isArray(v) && /color$/i.test(key)) v.forEach((x) => typeof x === 'string' && colours.push(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  fig.data.forEach((t) => walk(t, 'trace'));
  for (const c of colours) assert.ok(allowed.has(c), `colour ${c} comes from the theme`);
}
