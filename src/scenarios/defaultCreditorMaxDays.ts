import type { Scenario } from './types.ts';

/** A scenario before its creditor walk-away limit is set. */
export type ScenarioDraft = Omit<Scenario, 'creditorMaxDays'>;

/** Rule giving the creditor's walk-away limit (days) of a scenario. */
export type MaxDaysRule = (scenario: ScenarioDraft) => number;

/** The default walk-away limit: 90 days (see {@link defaultCreditorMaxDays}). */
export const DEFAULT_CREDITOR_MAX_DAYS = 90;

/**
 * The kit's default creditor walk-away limit: a fixed 90 days, or the creditor's target if that is
 * larger. Neither the paper nor the data sets one (the authors' creditors had no limit). 90 days is
 * the conventional point at which a credit obligation counts as defaulted ("90 days past due", Basel
 * II/III definition of default, CRR Art. 178), so a creditor agreeing to more is no longer collecting
 * on normal terms. It is independent of the debtor's target, which the creditor does not know.
 * On CRAD (creditor targets 5-20 days) it is 4.5-18 times the target. Pass another rule to the
 * loaders (`maxDays`) to change it, e.g. `(s) => 4 * s.creditorTargetDays`.
 * @example defaultCreditorMaxDays({ creditorTargetDays: 12, ... }) // 90
 */
export function defaultCreditorMaxDays(scenario: ScenarioDraft): number {
  return Math.max(DEFAULT_CREDITOR_MAX_DAYS, scenario.creditorTargetDays);
}
