import { createRng, type Rng } from '../core/rng.ts';
import { bootstrapCi } from '../stats/bootstrapCi.ts';
import { wilsonInterval } from '../stats/wilsonInterval.ts';
import { groupLabel, groupRows, type GroupValues } from './groupRows.ts';
import type { NegotiationRow } from './negotiationRow.ts';

/** Fields of a negotiation row a summary can group by. */
export type NegotiationGroupField =
  | 'persona' | 'policy' | 'policyName' | 'hmmMode' | 'scenarioId' | 'seed' | 'creditorModel' | 'debtorModel' | 'backend' | 'detector';

/**
 * One group of {@link summaryTable}: the group's fields, then the metrics of METHOD.md section 6,
 * each with its 95% interval (`...Lower`, `...Upper`). Means over no values are NaN.
 */
export interface SummaryTableRow {
  [field: string]: string | number | boolean | null;
  negotiations: number;
  successes: number;
  /** successes / negotiations with a Wilson score interval. */
  successRate: number;
  successRateLower: number;
  successRateUpper: number;
  /** Mean agreed days over successes, percentile bootstrap interval. */
  collectionDaysMean: number;
  collectionDaysLower: number;
  collectionDaysUpper: number;
  /** Mean agreed / target days over successes (lower is better), bootstrap interval. */
  debtCollectionMultipleMean: number;
  debtCollectionMultipleLower: number;
  debtCollectionMultipleUpper: number;
  /** Mean collection rate over all negotiations (0 on failure), bootstrap interval. */
  collectionRateMean: number;
  collectionRateLower: number;
  collectionRateUpper: number;
  /** Mean negotiation length in messages, bootstrap interval. */
  messagesMean: number;
  messagesLower: number;
  messagesUpper: number;
  /** Sums over the group. */
  detectorFailures: number;
  manipulations: number;
}

/** Options of {@link summaryTable}. */
export interface SummaryTableOptions {
  /** Grouping fields. Default ['persona', 'policy', 'creditorModel', 'debtorModel']. */
  by?: readonly NegotiationGroupField[];
  /** Stream of the bootstraps; each group and metric forks its own. Default createRng(0). */
  rng?: Rng;
  /** Bootstrap resamples B. Default 2000. */
  resamples?: number;
  /** Default 0.95. */
  confidence?: number;
}

/**
 * The results table: per group (e.g. persona x policy), success rate with a Wilson interval and
 * mean collection days, debt-collection multiple, collection rate and messages with percentile
 * bootstrap intervals (seeded; every group and metric forks its own stream from `rng`, so a group's
 * numbers do not depend on the other groups). Groups in order of first appearance. Pure.
 * O(groups * B * n).
 * @throws when a row lacks a grouping field or the bootstrap options are invalid.
 * @example summaryTable(run.negotiations, { by: ['persona', 'policy'] })[0].successRate // 0.5
 */
export function summaryTable(rows: readonly NegotiationRow[], options: SummaryTableOptions = {}): SummaryTableRow[] {
  const by = options.by ?? ['persona', 'policy', 'creditorModel', 'debtorModel'];
  const rng = options.rng ?? createRng(0);
  const confidence = options.confidence ?? 0.95;
  return groupRows(rows, by).map(({ key, rows: rs }) => {
    const label = groupLabel(key);
    const boot = (metric: string, values: number[]) =>
      bootstrapCi(values, { rng: rng.fork(`${label}/${metric}`), resamples: options.resamples, confidence });
    const successes = rs.filter((r) => r.success);
    const rate = wilsonInterval(successes.length, rs.length, { confidence });
    const days = boot('collectionDays', successes.map((r) => r.collectionDays as number));
    const multiple = boot('debtCollectionMultiple', successes.map((r) => r.debtCollectionMultiple as number));
    const collection = boot('collectionRate', rs.map((r) => r.collectionRate));
    const messages = boot('messages', rs.map((r) => r.messages));
    return {
      ...(key as GroupValues),
      negotiations: rs.length,
      successes: successes.length,
      successRate: rate.estimate,
      successRateLower: rate.lower,
      successRateUpper: rate.upper,
      collectionDaysMean: days.estimate,
      collectionDaysLower: days.lower,
      collectionDaysUpper: days.upper,
      debtCollectionMultipleMean: multiple.estimate,
      debtCollectionMultipleLower: multiple.lower,
      debtCollectionMultipleUpper: multiple.upper,
      collectionRateMean: collection.estimate,
      collectionRateLower: collection.lower,
      collectionRateUpper: collection.upper,
      messagesMean: messages.estimate,
      messagesLower: messages.lower,
      messagesUpper: messages.upper,
      detectorFailures: rs.reduce((s, r) => s + r.detectorFailures, 0),
      manipulations: rs.reduce((s, r) => s + r.manipulations, 0),
    };
  });
}
