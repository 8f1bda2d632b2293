/**
 * True when the debtor's latest offer is at most `gapDays` above the creditor's. A debtor offering
 * fewer days than the creditor asks has crossed over, which also counts (the paper's "within 5 days"
 * read one-sidedly, since fewer days only favours the creditor).
 * @example offersConverged({ creditor: 60, debtor: 65 }, 5) // true
 * @example offersConverged({ creditor: 60, debtor: 66 }, 5) // false
 */
export function offersConverged(offers: { creditor: number | null; debtor: number | null }, gapDays: number): boolean {
  if (offers.creditor === null || offers.debtor === null) return false;
  return offers.debtor - offers.creditor <= gapDays;
}
