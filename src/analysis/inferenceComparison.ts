import { argmaxFirst } from '../core/matrix.ts';
import { createRng, type Rng } from '../core/rng.ts';
import { bootstrapDifferenceCi } from '../stats/bootstrapDifferenceCi.ts';
import { brierScore } from '../stats/brierScore.ts';
import { mean } from '../stats/mean.ts';
import { wilsonInterval } from '../stats/wilsonInterval.ts';
import { groupLabel, groupRows, type GroupValues, type ScalarField } from './groupRows.ts';
import { stateEstimate } from './stateEstimate.ts';
import type { TurnRow } from './turnRows.ts';

/** What {@link inferenceComparison} scores: the detector's label, the filtered or the smoothed state estimate. */
export type InferenceMeasure = 'detector' | 'filtered' | 'smoothed';

/** One group and measure: paper-code and principled side by side. Missing sides are NaN (counts 0). */
export interface InferenceComparisonRow {
  [field: string]: string | number | boolean | null;
  measure: InferenceMeasure;
  paperCodeTurns: number;
  paperCodeAccuracy: number;
  paperCodeLower: number;
  paperCodeUpper: number;
  /** Mean Brier score of the state estimate (NaN for the detector). */
  paperCodeBrier: number;
  /** Mean smoothedDebtorInfluence (smoothed only, else NaN): about 0 (1e-16) means the estimate ignores the debtor's emotions. */
  paperCodeDebtorInfluence: number;
  principledTurns: number;
  principledAccuracy: number;
  principledLower: number;
  principledUpper: number;
  principledBrier: number;
  principledDebtorInfluence: number;
  /** principledAccuracy - paperCodeAccuracy, with a negotiation-level (cluster) bootstrap interval. */
  difference: number;
  differenceLower: number;
  differenceUpper: number;
  /** principledBrier - paperCodeBrier (negative: principled is better calibrated). */
  brierDifference: number;
}

const MODES = ['paper-code', 'principled'] as const;

/**
 * How the `principled` HMM mode changes inference compared with `paper-code` (the emotion-detection
 * deliverable): per group (default persona x policy name) and measure, the accuracy of
 * - 'detector': the detected emotion the policy used against the debtor's true emotion (observed turns);
 * - 'filtered': the argmax of the policy's belief against the true hidden state (see TurnRow for the alignment);
 * - 'smoothed': the argmax of the forward-backward posterior against the true hidden state;
 * with Wilson intervals per mode, Brier scores, the debtor influence on the smoothed estimate
 * (0 up to rounding, about 1e-16, for paper-code: its emission term is the same for every state,
 * so smoothing cannot use the debtor's emotions) and the difference principled - paper-code with a percentile
 * bootstrap interval that resamples whole negotiations within each mode (turns of one negotiation
 * are not independent). Groups without either mode are absent. Seeded: every group and measure
 * forks its own stream. O(groups * B * turns).
 * @example inferenceComparison(run.turns).filter((r) => r.measure === 'smoothed')
 */
export function inferenceComparison(
  turns: readonly TurnRow[],
  options: { by?: readonly ScalarField<TurnRow>[]; rng?: Rng; resamples?: number; confidence?: number } = {},
): InferenceComparisonRow[] {
  const by = options.by ?? ['persona', 'policyName'];
  for (const f of by) {
    if (f === 'policy' || f === 'hmmMode') throw new Error(`inferenceComparison: options.by contains ${JSON.stringify(f)}, which separates the two modes; group by policyName instead`);
  }
  const rng = options.rng ?? createRng(0);
  const relevant = turns.filter((t) => (MODES as readonly (string | null)[]).includes(t.hmmMode));
  const out: InferenceComparisonRow[] = [];
  for (const { key, rows } of groupRows(relevant, by)) {
    for (const measure of ['detector', 'filtered', 'smoothed'] as const) {
      const sides = MODES.map((mode) => score(rows.filter((t) => t.hmmMode === mode), measure, options.confidence));
      if (sides.every((s) => s.turns === 0)) continue;
      const [pc, pr] = sides;
      const ratio = (clusters: readonly { correct: number; n: number }[]) =>
        clusters.reduce((s, c) => s + c.correct, 0) / clusters.reduce((s, c) => s + c.n, 0);
      const diff = bootstrapDifferenceCi(pc.clusters, pr.clusters, {
        rng: rng.fork(`${groupLabel(key)}/${measure}`), resamples: options.resamples, confidence: options.confidence, statistic: ratio,
      });
      out.push({
        ...(key as GroupValues),
        measure,
        paperCodeTurns: pc.turns,
        paperCodeAccuracy: pc.accuracy,
        paperCodeLower: pc.lower,
        paperCodeUpper: pc.upper,
        paperCodeBrier: pc.brier,
        paperCodeDebtorInfluence: pc.influence,
        principledTurns: pr.turns,
        principledAccuracy: pr.accuracy,
        principledLower: pr.lower,
        principledUpper: pr.upper,
        principledBrier: pr.brier,
        principledDebtorInfluence: pr.influence,
        difference: diff.estimate,
        differenceLower: diff.lower,
        differenceUpper: diff.upper,
        brierDifference: pr.brier - pc.brier,
      });
    }
  }
  return out;
}

interface Side {
  turns: number;
  accuracy: number;
  lower: number;
  upper: number;
  brier: number;
  influence: number;
  clusters: { correct: number; n: number }[];
}

function score(turns: readonly TurnRow[], measure: InferenceMeasure, confidence: number | undefined): Side {
  const clusters = new Map<string, { correct: number; n: number }>();
  const briers: number[] = [];
  const influences: number[] = [];
  let correct = 0;
  let n = 0;
  for (const t of turns) {
    let hit: boolean;
    if (measure === 'detector') {
      if (!t.observed || t.trueDebtorEmotion === null) continue;
      hit = t.detected === t.trueDebtorEmotion;
    } else {
      const e = stateEstimate(t, measure);
      if (e === null) continue;
      hit = argmaxFirst(e.probabilities, 0) === e.truth;
      briers.push(brierScore(e.probabilities, e.truth));
      if (measure === 'smoothed' && t.smoothedDebtorInfluence !== null) influences.push(t.smoothedDebtorInfluence);
    }
    n++;
    if (hit) correct++;
    const c = clusters.get(t.negotiationId) ?? { correct: 0, n: 0 };
    c.n++;
    if (hit) c.correct++;
    clusters.set(t.negotiationId, c);
  }
  const ci = wilsonInterval(correct, n, { confidence });
  return { turns: n, accuracy: ci.estimate, lower: ci.lower, upper: ci.upper, brier: mean(briers), influence: mean(influences), clusters: [...clusters.values()] };
}
