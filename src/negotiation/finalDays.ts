/** How the agreed days follow from the last two offers (METHOD.md section 4 leaves this open). */
export const FINAL_DAYS_RULES = ['mean', 'debtor', 'creditor'] as const;
export type FinalDaysRule = (typeof FINAL_DAYS_RULES)[number];

/**
 * Round to the nearest integer, ties to the even neighbour (Python's `round`, which the authors'
 * code used for the mean of the last offers; verified on their recorded dialogues).
 * @example roundHalfEven(97.5) // 98
 * @example roundHalfEven(98.5) // 98
 */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The agreed days from the latest creditor and debtor offers:
 * - `mean`: their mean rounded half to even (the authors' EmoDebt/EmoMAS code; it reproduces the
 *   recorded final days of all 159 accepted EmoDebt and EmoMAS dialogues in `data/authors/`);
 * - `debtor`: the debtor's offer (the creditor concedes the last gap);
 * - `creditor`: the creditor's offer (the debtor concedes the last gap).
 * @throws naming the rule when it is unknown or an offer is not a positive finite number.
 * @example finalDays('mean', { creditor: 95, debtor: 100 }) // 98 (97.5, ties to even)
 */
export function finalDays(rule: FinalDaysRule, offers: { creditor: number; debtor: number }): number {
  for (const [who, v] of Object.entries(offers)) {
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`finalDays: offers.${who} = ${v}, expected a positive number`);
  }
  if (rule === 'mean') return roundHalfEven((offers.creditor + offers.debtor) / 2);
  if (rule === 'debtor') return offers.debtor;
  if (rule === 'creditor') return offers.creditor;
  throw new Error(`finalDays: unknown rule ${JSON.stringify(rule)}; expected one of ${FINAL_DAYS_RULES.join(', ')}`);
}
