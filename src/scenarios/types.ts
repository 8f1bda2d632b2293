/** One negotiation case: a single issue, the number of days to repay the outstanding balance. */
export interface Scenario {
  /** Stable id, e.g. 'crad-001' or the authors' 'debt_0_0'. */
  id: string;
  /** Where it came from: 'crad' or 'authors-200'. */
  source: string;
  creditorTargetDays: number;
  debtorTargetDays: number;
  /** The creditor never agrees above this (enforced in code, not trusted to a model). */
  creditorMaxDays: number;
  outstandingBalance: number;
  daysOverdue: number;
  /** Case text given to language-model agents. */
  description: string;
}
