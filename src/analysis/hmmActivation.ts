import { wilsonInterval } from '../stats/wilsonInterval.ts';
import { groupRows, type GroupValues } from './groupRows.ts';
import type { TurnRow } from './turnRows.ts';

/** HMM branch activation of one group. */
export interface HmmActivationRow {
  [field: string]: string | number | boolean | null;
  decisions: number;
  hmmDecisions: number;
  /** hmmDecisions / decisions, with a Wilson interval (decisions treated as independent). */
  rate: number;
  lower: number;
  upper: number;
}

/**
 * Rate at which the Eq. 4 switch hands the decision to the HMM branch, per group (default persona x
 * policy), over all decisions of the group (0 for policies without an HMM). O(n).
 * @example hmmActivation(run.turns)[0].rate // 0.25
 */
export function hmmActivation(
  turns: readonly TurnRow[],
  options: { by?: readonly ('persona' | 'policy' | 'policyName' | 'hmmMode' | 'creditorModel' | 'debtorModel' | 'scenarioId')[]; confidence?: number } = {},
): HmmActivationRow[] {
  const by = options.by ?? ['persona', 'policy'];
  return groupRows(turns, by).map(({ key, rows }) => {
    const hmm = rows.filter((t) => t.branch === 'hmm').length;
    const ci = wilsonInterval(hmm, rows.length, { confidence: options.confidence });
    return { ...(key as GroupValues), decisions: rows.length, hmmDecisions: hmm, rate: ci.estimate, lower: ci.lower, upper: ci.upper };
  });
}
