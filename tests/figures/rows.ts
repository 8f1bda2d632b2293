// Small hand-made tables in the analysis layer's shapes (summaryTable, pairedDifferences,
// CountTable, TurnRow), so that the figure tests do not depend on a run.

/** summaryTable(..., { by: ['persona', 'policy'] }) rows: 2 personas x 2 policies. */
export const SUMMARY = [
  { persona: 'vanilla', policy: 'vanilla', negotiations: 10, successes: 5, successRate: 0.5, successRateLower: 0.237, successRateUpper: 0.763, debtCollectionMultipleMean: 3, debtCollectionMultipleLower: 2.5, debtCollectionMultipleUpper: 3.6, messagesMean: 20, messagesLower: 18, messagesUpper: 22 },
  { persona: 'vanilla', policy: 'eq-negotiator/principled', negotiations: 10, successes: 7, successRate: 0.7, successRateLower: 0.397, successRateUpper: 0.892, debtCollectionMultipleMean: 2.5, debtCollectionMultipleLower: 2, debtCollectionMultipleUpper: 3.1, messagesMean: 18, messagesLower: 16, messagesUpper: 20 },
  { persona: 'angry', policy: 'vanilla', negotiations: 10, successes: 3, successRate: 0.3, successRateLower: 0.108, successRateUpper: 0.603, debtCollectionMultipleMean: 4, debtCollectionMultipleLower: 3.5, debtCollectionMultipleUpper: 4.6, messagesMean: 26, messagesLower: 24, messagesUpper: 28 },
  // No agreement in this cell: the multiple is NaN (a gap, not a zero bar).
  { persona: 'angry', policy: 'eq-negotiator/principled', negotiations: 10, successes: 0, successRate: 0, successRateLower: 0, successRateUpper: 0.278, debtCollectionMultipleMean: Number.NaN, debtCollectionMultipleLower: Number.NaN, debtCollectionMultipleUpper: Number.NaN, messagesMean: 30, messagesLower: 30, messagesUpper: 30 },
];

/** pairedDifferences(..., { by: [] }) rows. */
export const PAIRED = [
  { policy: 'fixed:Anger', baseline: 'vanilla', metric: 'success', pairs: 20, difference: -0.2, lower: -0.4, upper: -0.05 },
  { policy: 'fixed:Anger', baseline: 'vanilla', metric: 'debtCollectionMultiple', pairs: 8, difference: 0.3, lower: -0.1, upper: 0.7 },
  { policy: 'eq-negotiator/principled', baseline: 'vanilla', metric: 'success', pairs: 20, difference: 0.1, lower: -0.05, upper: 0.25 },
  { policy: 'eq-negotiator/principled', baseline: 'vanilla', metric: 'debtCollectionMultiple', pairs: 12, difference: -0.4, lower: -0.7, upper: -0.1 },
];

/** Ablation rows: summary by policy with hmmMode, k and n. */
export const ABLATION = [
  { policy: 'eq-negotiator/paper-code', hmmMode: 'paper-code', k: 4, n: 5, negotiations: 20, successRate: 0.6, successRateLower: 0.39, successRateUpper: 0.78 },
  { policy: 'eq-negotiator/paper-code/3-of-5', hmmMode: 'paper-code', k: 3, n: 5, negotiations: 20, successRate: 0.65, successRateLower: 0.43, successRateUpper: 0.82 },
  { policy: 'eq-negotiator/principled', hmmMode: 'principled', k: 4, n: 5, negotiations: 20, successRate: 0.7, successRateLower: 0.48, successRateUpper: 0.85 },
  { policy: 'eq-negotiator/principled/2-of-3', hmmMode: 'principled', k: 2, n: 3, negotiations: 20, successRate: 0.75, successRateLower: 0.53, successRateUpper: 0.89 },
];

/** A 7x7 count table (CountTable fields) with an empty Fear row. */
export const TRANSITIONS = {
  rowLabels: ['Joy', 'Sadness', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral'],
  columnLabels: ['Joy', 'Sadness', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral'],
  counts: [
    [4, 0, 1, 0, 2, 0, 3],
    [0, 5, 2, 1, 0, 0, 2],
    [1, 1, 6, 0, 0, 1, 1],
    [0, 0, 0, 0, 0, 0, 0],
    [2, 0, 0, 0, 2, 0, 0],
    [0, 1, 2, 0, 0, 3, 0],
    [3, 0, 1, 0, 1, 0, 5],
  ],
};

/** The turn rows (TurnRow fields the ribbon reads) of one principled negotiation. */
export const TURNS = [
  { negotiationId: 'n1', turn: 1, belief: [0.4, 0.2, 0.2, 0.2], smoothed: null, trueDebtorState: null, branch: 'wsls', chosen: 'Joy', detected: 'Neutral' },
  { negotiationId: 'n1', turn: 2, belief: [0.5, 0.3, 0.1, 0.1], smoothed: [0.6, 0.2, 0.1, 0.1], trueDebtorState: 'Cooperative', branch: 'wsls', chosen: 'Joy', detected: 'Joy' },
  { negotiationId: 'n1', turn: 3, belief: [0.1, 0.6, 0.2, 0.1], smoothed: [0.1, 0.7, 0.1, 0.1], trueDebtorState: 'Confrontational', branch: 'hmm', chosen: 'Sadness', detected: 'Anger' },
  { negotiationId: 'n1', turn: 4, belief: [0.1, 0.2, 0.6, 0.1], smoothed: [0.1, 0.1, 0.7, 0.1], trueDebtorState: 'Strategic', branch: 'hmm', chosen: 'Neutral', detected: 'Sadness' },
];
