/** The four hidden debtor states of the 2511 HMM, in the order of the paper's state model (METHOD.md section 3). */
export const DEBTOR_STATES = ['Cooperative', 'Confrontational', 'Distressed', 'Strategic'] as const;

/** One hidden debtor state. */
export type DebtorState = (typeof DEBTOR_STATES)[number];
