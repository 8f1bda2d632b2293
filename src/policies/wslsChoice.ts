import type { Rng } from '../core/rng.ts';
import { bestResponses, breakTie, type TieRule } from '../game/bestResponse.ts';

/** Options of {@link wslsChoice}. */
export interface WslsOptions {
  /** Lose when the previous payoff is below this (paper: 2.0). */
  threshold?: number;
  /** 'first' (default): the authors' numpy order; 'random': uniform among tied entries from `rng`. */
  tieRule?: TieRule;
  rng?: Rng;
}

/** One Win-Stay/Lose-Shift decision. */
export interface WslsResult {
  /** Chosen creditor emotion index. */
  index: number;
  /** payoffRow[index]: what the WSLS memory keeps for the next turn. */
  payoff: number;
  /** True when the previous payoff was below the threshold (lose: second-best taken). */
  shifted: boolean;
  note: string;
}

/**
 * Win-Stay/Lose-Shift over one row of the creditor's payoff table (Algorithm 3 of the authors'
 * code; METHOD.md section 9 step 5). Best = argmax of the row. When a previous payoff exists and is
 * below `threshold`, the second-ranked entry is taken instead.
 *
 * Tie order with 'first' (the authors' code): best is numpy's argmax (lowest index); the ranking used
 * for "second best" is `np.argsort(row)[::-1]` with a stable ascending sort, i.e. descending value
 * and, among equal values, the HIGHER index first. So with a tied maximum the "second best" is
 * again a maximiser (row Sadness [2,3,2,1,2,1,3]: ranking Neutral, Sadness, ... so the shift picks
 * Sadness, the same emotion argmax picked). numpy >= 2 on x86 CPUs with AVX-512 sorts small integer
 * arrays with an unstable SIMD sort: there row Joy's second entry is Surprise instead of Neutral,
 * so the authors' own result depends on the machine; we use the stable order.
 * With 'random': best uniform among maximisers, second uniform among the maximisers of the rest.
 * O(row length).
 * @throws when `tieRule` is 'random' without an rng.
 * @example wslsChoice([4, 3, 2, 1, 3, 2, 3], 1.5).index // 6 (Neutral: lose, shift to second best)
 */
export function wslsChoice(payoffRow: ArrayLike<number>, lastPayoff: number | null, options: WslsOptions = {}): WslsResult {
  const threshold = options.threshold ?? 2.0;
  const tieRule = options.tieRule ?? 'first';
  const best = breakTie(bestResponses(payoffRow), tieRule, options.rng);
  if (lastPayoff === null || !(lastPayoff < threshold)) {
    const why = lastPayoff === null ? 'no previous payoff' : `previous payoff ${lastPayoff} >= ${threshold}`;
    return { index: best, payoff: payoffRow[best], shifted: false, note: `win-stay (${why}): best response` };
  }
  const second = tieRule === 'first' ? numpySecondBest(payoffRow) : randomSecondBest(payoffRow, best, options.rng);
  return {
    index: second,
    payoff: payoffRow[second],
    shifted: true,
    note: `lose-shift (previous payoff ${lastPayoff} < ${threshold}): second-ranked (${tieRule === 'first' ? 'numpy order, ties: higher index first' : 'random ties'})`,
  };
}

/** Second entry of `np.argsort(row)[::-1]` under a stable sort: descending value, ties by descending index. */
function numpySecondBest(row: ArrayLike<number>): number {
  const order = Array.from({ length: row.length }, (_, i) => i);
  order.sort((a, b) => row[b] - row[a] || b - a);
  return order[Math.min(1, order.length - 1)];
}

function randomSecondBest(row: ArrayLike<number>, best: number, rng: Rng | undefined): number {
  if (row.length < 2) return best;
  const rest = Array.from(row, (v, i) => (i === best ? -Infinity : v));
  return breakTie(bestResponses(rest), 'random', rng);
}
