import { EMOTIONS } from '../core/emotions.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import { orderCategories } from './orderCategories.ts';
import { paperAxis } from './paperAxis.ts';
import { paperLayout } from './paperLayout.ts';
import { paperTheme, type PaperTheme } from './paperTheme.ts';
import { plotValue } from './plotValue.ts';
import type { Figure, PlotlyTrace } from './types.ts';
import { withAlpha } from './withAlpha.ts';

/**
 * One creditor decision of one negotiation: the fields of the analysis layer's `TurnRow` that the
 * ribbon reads (any TurnRow qualifies).
 */
export interface BeliefTurn {
  negotiationId?: string;
  /** 1-based decision number (the trace's `turn`). */
  turn: number;
  /** The policy's filtered belief after this turn's update (4 debtor states; 7 creditor emotions in 2503 mode), null when none. */
  belief: readonly number[] | null;
  /** Forward-backward smoothed posterior over the 4 debtor states, null when not computed. */
  smoothed?: readonly number[] | null;
  /** The debtor's true hidden state behind the preceding debtor message (simulated backend), else null. */
  trueDebtorState?: string | null;
  /** Which rule chose the creditor's emotion (hmm, payoff, wsls, ...). */
  branch?: string;
  /** The creditor's chosen emotion (null: no guidance). */
  chosen?: string | null;
  /** The detected debtor emotion the decision used. */
  detected?: string;
}

/** Branch order of the strip above the ribbon (branches not listed follow). */
const BRANCH_ORDER = ['hmm', 'payoff', 'wsls', 'fixed', 'random', 'mirror', 'none'];

/**
 * Belief ribbon of one negotiation: the belief over hidden debtor states per creditor turn as a
 * stacked area (the four states of the 2511 HMM; seven creditor emotions in 2503 mode), the true
 * state (when the backend logs it) as a marker in the middle of its band, so a marker sitting in
 * a thin band shows a belief that missed, and above the ribbon a strip of the branch that chose
 * each creditor emotion (Eq. 4 switch: hmm vs payoff/wsls). `estimate: 'smoothed'` draws the
 * forward-backward posterior instead of the filtered belief.
 * @throws when the turns span several negotiations, no turn has the estimate, estimates differ
 *   in length, or an entry is not a probability.
 * @example beliefRibbonFigure(run.turns.filter((t) => t.negotiationId === id)).data.filter((t) => t.stackgroup).length // 4
 */
export function beliefRibbonFigure(
  turns: readonly BeliefTurn[],
  options: { estimate?: 'filtered' | 'smoothed'; states?: readonly string[]; title?: string; width?: number; height?: number; theme?: PaperTheme } = {},
): Figure {
  const theme = options.theme ?? paperTheme;
  const ids = new Set(turns.map((t) => t.negotiationId).filter((id) => id !== undefined));
  if (ids.size > 1) throw new Error(`beliefRibbonFigure: turns span ${ids.size} negotiations (${[...ids].slice(0, 2).join(', ')}, ...), expected the turns of one`);
  const estimate = options.estimate ?? 'filtered';
  if (estimate !== 'filtered' && estimate !== 'smoothed') throw new Error(`beliefRibbonFigure: options.estimate = ${JSON.stringify(estimate)}, expected 'filtered' or 'smoothed'`);
  const withBelief = turns
    .map((t) => ({ ...t, belief: estimate === 'filtered' ? t.belief : (t.smoothed ?? null) }))
    .filter((t) => t.belief !== null && t.belief !== undefined)
    .sort((a, b) => a.turn - b.turn);
  if (withBelief.length === 0) throw new Error(`beliefRibbonFigure: none of the ${turns.length} turns has a ${estimate} belief (is the policy an HMM policy?)`);
  const size = withBelief[0].belief!.length;
  const states = options.states ?? (size === DEBTOR_STATES.length ? DEBTOR_STATES : size === EMOTIONS.length ? EMOTIONS : undefined);
  if (states === undefined || states.length !== size) {
    throw new Error(`beliefRibbonFigure: beliefs have ${size} entries, expected options.states with ${size} labels`);
  }
  withBelief.forEach((t) => {
    if (t.belief!.length !== size) throw new Error(`beliefRibbonFigure: turn ${t.turn} has a belief of ${t.belief!.length} entries, expected ${size}`);
    t.belief!.forEach((p, i) => {
      if (!(p >= -1e-9 && p <= 1 + 1e-9)) throw new Error(`beliefRibbonFigure: turn ${t.turn} belief[${i}] = ${p}, expected a probability`);
    });
  });
  const colors = size === theme.stateColors.length ? theme.stateColors : theme.palette;
  const x = withBelief.map((t) => t.turn);
  const ribbon: PlotlyTrace[] = states.map((state, i) => ({
    type: 'scatter',
    mode: 'lines',
    name: state,
    legendgroup: 'belief',
    legendgrouptitle: { text: 'belief' },
    stackgroup: 'belief',
    x,
    y: withBelief.map((t) => plotValue(t.belief![i])),
    line: { color: colors[i % colors.length], width: 0.8 },
    fillcolor: withAlpha(colors[i % colors.length], 0.7),
    hovertemplate: `turn %{x}<br>P(${state}) %{y:.3f}<extra></extra>`,
    xaxis: 'x',
    yaxis: 'y',
  }));
  const data: PlotlyTrace[] = [...ribbon];
  const known = withBelief.filter((t) => typeof t.trueDebtorState === 'string' && states.includes(t.trueDebtorState));
  if (known.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'true state',
      x: known.map((t) => t.turn),
      y: known.map((t) => {
        const k = states.indexOf(t.trueDebtorState!);
        const below = t.belief!.slice(0, k).reduce((a, b) => a + b, 0);
        return plotValue(below + t.belief![k] / 2);
      }),
      text: known.map((t) => t.trueDebtorState),
      marker: { symbol: 'diamond', size: 8, color: known.map((t) => colors[states.indexOf(t.trueDebtorState!) % colors.length]), line: { color: '#000000', width: 1.2 } },
      hovertemplate: 'turn %{x}<br>true state %{text}<extra></extra>',
      xaxis: 'x',
      yaxis: 'y',
    });
  }
  const withBranch = [...turns].sort((a, b) => a.turn - b.turn).filter((t) => typeof t.branch === 'string');
  const branches = orderCategories(withBranch.map((t) => t.branch!), { order: BRANCH_ORDER });
  branches.forEach((branch, b) => {
    const sel = withBranch.filter((t) => t.branch === branch);
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: `branch ${branch}`,
      legendgroup: 'branch',
      legendgrouptitle: { text: 'policy branch' },
      x: sel.map((t) => t.turn),
      y: sel.map(() => branch),
      text: sel.map((t) => `detected ${t.detected ?? '?'}, creditor ${t.chosen ?? 'none'}`),
      marker: { symbol: 'square', size: 9, color: theme.palette[(b + 4) % theme.palette.length], line: { color: theme.axisLineColor, width: 0.5 } },
      hovertemplate: `turn %{x}<br>branch ${branch}<br>%{text}<extra></extra>`,
      xaxis: 'x',
      yaxis: 'y2',
    });
  });
  const hasStrip = branches.length > 0;
  return {
    data,
    layout: paperLayout({
      theme,
      ...(options.title === undefined ? {} : { title: options.title }),
      width: options.width ?? 800,
      height: options.height ?? 460,
      legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top', groupclick: 'toggleitem' },
      xaxis: paperAxis('creditor turn (decision number)', { theme, grid: false, dtick: 1, anchor: 'y', range: [x[0] - 0.5, x[x.length - 1] + 0.5] }),
      yaxis: paperAxis(`${estimate === 'smoothed' ? 'smoothed posterior' : 'belief'} over ${size === 7 ? 'creditor emotions' : 'debtor states'} (probability)`, { theme, range: [0, 1], domain: hasStrip ? [0, 0.78] : [0, 1], anchor: 'x' }),
      ...(hasStrip
        ? { yaxis2: paperAxis('branch', { theme, grid: true, type: 'category', categoryorder: 'array', categoryarray: branches, domain: [0.84, 1], anchor: 'x', ticks: '' }) }
        : {}),
    }),
  };
}
