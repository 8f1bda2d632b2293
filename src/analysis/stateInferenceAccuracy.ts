import { argmaxFirst } from '../core/matrix.ts';
import { accuracy } from '../detect/accuracy.ts';
import { confusionMatrix } from '../detect/confusionMatrix.ts';
import { macroF1 } from '../detect/macroF1.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import { brierScore } from '../stats/brierScore.ts';
import { mean } from '../stats/mean.ts';
import { wilsonInterval } from '../stats/wilsonInterval.ts';
import { groupRows, type ScalarField, type GroupValues } from './groupRows.ts';
import { stateEstimate, type StateEstimateKind } from './stateEstimate.ts';
import type { TurnRow } from './turnRows.ts';

/** Hidden-state inference quality of one group and estimate. */
export interface StateInferenceRow {
  [field: string]: string | number | boolean | null | number[][];
  estimate: StateEstimateKind;
  /** Scored turns. */
  turns: number;
  /** Turns whose argmax state (first index on ties) is the true state. */
  correct: number;
  /** correct / turns, Wilson interval (turns treated as independent, so the interval is optimistic). */
  accuracy: number;
  lower: number;
  upper: number;
  /** Mean multi-class Brier score of the estimate against the one-hot true state (0 best, 2 worst). */
  brier: number;
  macroF1: number;
  /** 4x4, rows true state, columns argmax state, DEBTOR_STATES order. */
  confusion: number[][];
}

/**
 * Accuracy of the HMM's hidden-state inference against the logged true state, per group (default
 * persona x policy) and estimate ('filtered': argmax of the decision trace's belief; 'smoothed':
 * argmax of the forward-backward posterior over the whole negotiation), with confusion matrix,
 * macro-F1 and calibration (Brier). Only scored turns count (see stateEstimate); groups without any
 * are absent. Rows: groups in order of first appearance, then estimates. O(n).
 * @example stateInferenceAccuracy(run.turns, { by: ['policy'] }).map((r) => [r.policy, r.estimate, r.accuracy])
 */
export function stateInferenceAccuracy(
  turns: readonly TurnRow[],
  options: { by?: readonly ScalarField<TurnRow>[]; estimates?: readonly StateEstimateKind[]; confidence?: number } = {},
): StateInferenceRow[] {
  const by = options.by ?? ['persona', 'policy'];
  const estimates = options.estimates ?? ['filtered', 'smoothed'];
  const out: StateInferenceRow[] = [];
  const scored = turns.filter((t) => estimates.some((k) => stateEstimate(t, k) !== null));
  for (const { key, rows } of groupRows(scored, by)) {
    for (const kind of estimates) {
      const items = rows.map((t) => stateEstimate(t, kind)).filter((x) => x !== null);
      if (items.length === 0) continue;
      const confusion = confusionMatrix(items.map((x) => x.truth), items.map((x) => argmaxFirst(x.probabilities, 0)), DEBTOR_STATES.length);
      const correct = confusion.reduce((s, row, i) => s + row[i], 0);
      const ci = wilsonInterval(correct, items.length, { confidence: options.confidence });
      out.push({
        ...(key as GroupValues),
        estimate: kind,
        turns: items.length,
        correct,
        accuracy: accuracy(confusion),
        lower: ci.lower,
        upper: ci.upper,
        brier: mean(items.map((x) => brierScore(x.probabilities, x.truth))),
        macroF1: macroF1(confusion),
        confusion,
      });
    }
  }
  return out;
}
