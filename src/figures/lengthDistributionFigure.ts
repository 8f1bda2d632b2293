import { categoryStyle } from './categoryStyle.ts';
import { orderCategories } from './orderCategories.ts';
import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import type { Figure } from './types.ts';
import { withAlpha } from './withAlpha.ts';

/** One negotiation: its policy and its length in messages (the record's `messages`). */
export interface LengthRow {
  policy: string;
  messages: number;
  /** Optional split: draws one box per (policy, outcome) side by side when `splitBy: 'outcome'`. */
  success?: boolean;
}

export interface LengthDistributionOptions {
  /** 'box' (default) or 'violin' (with an inner box and the mean line). */
  kind?: 'box' | 'violin';
  /** Policy order; default first appearance. */
  policies?: readonly string[];
  /** Draw agreed and broken-down negotiations as separate boxes per policy. */
  splitBy?: 'outcome';
  title?: string;
  width?: number;
  height?: number;
  theme?: PaperTheme;
}

/**
 * Distribution of negotiation length in messages per policy (box or violin; outliers as points,
 * not every negotiation, so that large runs stay light). The length axis is labelled in messages.
 * @throws when rows is empty or a length is not a non-negative integer.
 * @example lengthDistributionFigure([{ policy: 'vanilla', messages: 12 }]).data[0].type // 'box'
 */
export function lengthDistributionFigure(rows: readonly LengthRow[], options: LengthDistributionOptions = {}): Figure {
  if (rows.length === 0) throw new Error('lengthDistributionFigure: rows is empty, expected one row per negotiation');
  rows.forEach((r, i) => {
    if (!(Number.isInteger(r.messages) && r.messages >= 0)) {
      throw new Error(`lengthDistributionFigure: rows[${i}].messages = ${JSON.stringify(r.messages)}, expected a non-negative integer`);
    }
  });
  const theme = options.theme ?? paperTheme;
  const kind = options.kind ?? 'box';
  if (kind !== 'box' && kind !== 'violin') throw new Error(`lengthDistributionFigure: options.kind = ${JSON.stringify(kind)}, expected 'box' or 'violin'`);
  const policies = orderCategories(rows.map((r) => r.policy), { order: options.policies });
  if (options.splitBy !== undefined && options.splitBy !== 'outcome') throw new Error(`lengthDistributionFigure: options.splitBy = ${JSON.stringify(options.splitBy)}, expected 'outcome' or undefined`);
  const split = options.splitBy === 'outcome';
  const groups: { name: string; legendgroup: string; color: string; x: string[]; y: number[]; offsetgroup?: string }[] = [];
  if (split) {
    for (const [label, success, shade] of [['agreed', true, theme.palette[0]], ['breakdown', false, theme.palette[1]]] as const) {
      const sel = rows.filter((r) => r.success === success);
      groups.push({ name: label, legendgroup: label, color: shade, x: sel.map((r) => r.policy), y: sel.map((r) => r.messages), offsetgroup: label });
    }
  } else {
    policies.forEach((policy, p) => {
      const sel = rows.filter((r) => r.policy === policy);
      groups.push({ name: policy, legendgroup: policy, color: categoryStyle(p, { theme }).color, x: sel.map((r) => r.policy), y: sel.map((r) => r.messages) });
    });
  }
  const data = groups.map((g) => ({
    type: kind,
    name: g.name,
    legendgroup: g.legendgroup,
    x: g.x,
    y: g.y,
    ...(g.offsetgroup ? { offsetgroup: g.offsetgroup, alignmentgroup: 'length' } : {}),
    marker: { color: g.color, size: 3, opacity: 0.6 },
    line: { color: g.color, width: 1.2 },
    ...(kind === 'box'
      ? { boxpoints: 'outliers', boxmean: true, fillcolor: withAlpha(g.color, 0.35) }
      : { points: 'outliers', box: { visible: true }, meanline: { visible: true }, spanmode: 'hard', fillcolor: withAlpha(g.color, 0.35), scalemode: 'width', width: 0.8 }),
    hoveron: kind === 'box' ? 'boxes+points' : 'violins+points',
  }));
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? Math.max(600, Math.min(1600, 160 + policies.length * 60)),
      height: options.height ?? 450,
      showlegend: split,
      ...(kind === 'box' ? { boxmode: split ? 'group' : 'overlay' } : { violinmode: split ? 'group' : 'overlay' }),
      xaxis: paperAxis('creditor policy', { theme, grid: false, type: 'category', categoryorder: 'array', categoryarray: policies, tickangle: policies.length * Math.max(...policies.map((p) => p.length)) > 60 ? -30 : 0 }),
      yaxis: paperAxis('negotiation length (messages)', { theme, rangemode: 'tozero' }),
    }),
  };
}

