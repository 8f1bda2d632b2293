import type { LoadedRun } from '../analysis/loadRun.ts';
import { creditorTransitions } from '../analysis/creditorTransitions.ts';
import { debtorTransitions } from '../analysis/debtorTransitions.ts';
import { detectorAccuracy } from '../analysis/detectorAccuracy.ts';
import { pairedDifferences } from '../analysis/pairedDifferences.ts';
import { stateInferenceAccuracy } from '../analysis/stateInferenceAccuracy.ts';
import { summaryTable, type SummaryTableRow } from '../analysis/summaryTable.ts';
import { EMOTIONS } from '../core/emotions.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import { ablationFigure } from '../figures/ablationFigure.ts';
import { beliefRibbonFigure } from '../figures/beliefRibbonFigure.ts';
import { confusionMatrixFigure } from '../figures/confusionMatrixFigure.ts';
import { lengthDistributionFigure } from '../figures/lengthDistributionFigure.ts';
import { outcomesFigure } from '../figures/outcomesFigure.ts';
import { pairedDifferenceFigure } from '../figures/pairedDifferenceFigure.ts';
import { transitionHeatmapFigure } from '../figures/transitionHeatmapFigure.ts';
import type { Figure } from '../figures/types.ts';
import { ablationRows, type LabelledPolicy } from './ablationRows.ts';

/** A figure of the report: a file-safe id (also the static file's name), a title and a caption. */
export interface ReportFigure {
  id: string;
  title: string;
  caption: string;
  figure: Figure;
}

/** What {@link reportFigures} needs besides the run. */
export interface ReportFiguresOptions {
  /** Summary by persona and policy (computed when absent). */
  byPersonaPolicy?: readonly SummaryTableRow[];
  /** Summary by policy (computed when absent). */
  byPolicy?: readonly SummaryTableRow[];
  /** Eq. 4 defaults of the parameters file (k of n) for the ablation. */
  switchDefaults: { k: number; n: number };
  /** Bootstrap resamples (default the analysis layer's, 2000). */
  resamples?: number;
}

/**
 * The report's figures for a loaded run, each only when the run has the data for it: outcomes by
 * persona and policy; paired differences vs vanilla; negotiation length; debtor and creditor
 * emotion transitions; detector and HMM-state confusion matrices; the belief ribbon of one HMM
 * negotiation; the k/n x HMM-mode ablation. Pure (seeded bootstraps).
 * @example reportFigures(loadRun('results/smoke'), { switchDefaults: { k: 4, n: 5 } }).map((f) => f.id)
 */
export function reportFigures(run: LoadedRun, options: ReportFiguresOptions): ReportFigure[] {
  const resamples = options.resamples === undefined ? {} : { resamples: options.resamples };
  const out: ReportFigure[] = [];
  const neg = run.negotiations;
  const policies = [...new Set(neg.map((r) => r.policy))];
  const byPersonaPolicy = options.byPersonaPolicy ?? summaryTable(neg, { by: ['persona', 'policy'], ...resamples });
  out.push({
    id: 'outcomes',
    title: 'Outcomes by debtor persona and creditor policy',
    caption: 'Success rate (Wilson 95% intervals) and debt-collection multiple (agreed days / creditor target days over agreed negotiations, lower is better; percentile bootstrap 95% intervals).',
    figure: outcomesFigure(byPersonaPolicy, { groupOrder: policies }),
  });
  if (policies.includes('vanilla') && policies.length > 1) {
    const paired = pairedDifferences(neg, { by: [], metrics: ['success', 'debtCollectionMultiple', 'messages'], ...resamples });
    out.push({
      id: 'paired-differences',
      title: 'Paired differences vs vanilla',
      caption: 'Each policy minus vanilla on the same scenario, persona, seed and models; paired bootstrap 95% intervals. Multiples compare pairs where both negotiations agreed. Hollow points: the interval includes zero.',
      figure: pairedDifferenceFigure(paired, { metrics: ['success', 'debtCollectionMultiple', 'messages'], order: policies }),
    });
  }
  out.push({
    id: 'length',
    title: 'Negotiation length in messages',
    caption: 'Messages per negotiation (both sides), by policy: box from the first to the third quartile, median line, dashed mean, outliers as points.',
    figure: lengthDistributionFigure(neg, { kind: 'box', policies }),
  });
  const hasTruth = run.turns.some((t) => t.trueDebtorEmotion !== null);
  const debtor = debtorTransitions(run.turns, { source: hasTruth ? 'true' : 'detected' });
  if (debtor.total > 0) {
    out.push({
      id: 'debtor-transitions',
      title: `Debtor emotion transitions (${hasTruth ? 'true' : 'detected'} emotions)`,
      caption: `Row: the debtor's ${hasTruth ? 'true' : 'detected'} emotion in one message; column: in its next message; all policies and personas pooled (${debtor.total} transitions). Cells: share of the row; hover for counts.`,
      figure: transitionHeatmapFigure(debtor, { from: 'debtor emotion, message k', to: 'debtor emotion, message k+1' }),
    });
  }
  const creditor = creditorTransitions(run.turns.filter((t) => t.hmmMode !== null));
  if (creditor.total > 0) {
    out.push({
      id: 'creditor-transitions',
      title: 'Creditor emotion transitions (EQ-Negotiator and HMM policies)',
      caption: `Row: the emotion the policy chose at creditor turn t; column: at turn t+1 (${creditor.total} transitions).`,
      figure: transitionHeatmapFigure(creditor, { from: 'creditor emotion, turn t', to: 'creditor emotion, turn t+1' }),
    });
  }
  const [detector] = detectorAccuracy(run.detections, { by: [] });
  if (detector !== undefined && detector.scored > 0) {
    out.push({
      id: 'detector-confusion',
      title: 'Emotion detector: confusion matrix',
      caption: `Detector ${[...new Set(run.detections.map((d) => d.detectorName))].join(', ')} against the debtor's logged true emotion: accuracy ${detector.accuracy.toFixed(3)} [${detector.lower.toFixed(3)}, ${detector.upper.toFixed(3)}] (Wilson), macro-F1 ${detector.macroF1.toFixed(3)}, ${detector.scored} messages. Rows sum to 1 (recall on the diagonal).`,
      figure: confusionMatrixFigure({ rowLabels: EMOTIONS, columnLabels: EMOTIONS, counts: detector.confusion }),
    });
  }
  for (const row of stateInferenceAccuracy(run.turns, { by: ['hmmMode'], estimates: ['filtered'] })) {
    out.push({
      id: `state-confusion-${String(row.hmmMode)}`,
      title: `HMM hidden-state inference (${String(row.hmmMode)} mode)`,
      caption: `Argmax of the policy's filtered belief against the logged true state of the preceding debtor message: accuracy ${row.accuracy.toFixed(3)} [${row.lower.toFixed(3)}, ${row.upper.toFixed(3)}] (Wilson, turns as independent), macro-F1 ${row.macroF1.toFixed(3)}, Brier ${row.brier.toFixed(3)}, ${row.turns} turns.`,
      figure: confusionMatrixFigure({ rowLabels: DEBTOR_STATES, columnLabels: DEBTOR_STATES, counts: row.confusion }),
    });
  }
  const example = exampleBeliefNegotiation(run);
  if (example !== undefined) {
    const turns = run.turns.filter((t) => t.negotiationId === example);
    out.push({
      id: 'belief-ribbon',
      title: 'HMM belief over one negotiation',
      caption: `Negotiation ${example}: the policy's belief over the four hidden debtor states after each debtor message (stacked), the true state as diamonds in the middle of its band, and the rule that chose each creditor emotion. The transcript viewer below shows the same beliefs message by message.`,
      figure: beliefRibbonFigure(turns),
    });
  }
  const byPolicy = options.byPolicy ?? summaryTable(neg, { by: ['policy'], ...resamples });
  const ablation = ablationRows(byPolicy, run.manifest.identity.experiment.policies as LabelledPolicy[], options.switchDefaults);
  const thresholds = new Set(ablation.map((r) => `${r.k}/${r.n}`));
  if (thresholds.size >= 2) {
    for (const metric of ['successRate', 'debtCollectionMultiple'] as const) {
      out.push({
        id: `ablation-${metric === 'successRate' ? 'success-rate' : 'multiple'}`,
        title: `Ablation: Eq. 4 switch threshold and HMM mode (${metric === 'successRate' ? 'success rate' : 'debt-collection multiple'})`,
        caption: 'EQ-Negotiator variants that differ only in HMM mode and switch threshold (the HMM branch decides when at least k of the last n debtor emotions are negative); all personas pooled.',
        figure: ablationFigure(ablation, { metric }),
      });
    }
  }
  return out;
}

/**
 * The negotiation whose belief the report draws: among those with a belief over the four debtor
 * states, the one where the HMM branch decided most often (principled mode first), first in run
 * order on ties.
 */
function exampleBeliefNegotiation(run: LoadedRun): string | undefined {
  const withBelief = new Set(run.turns.filter((t) => t.belief?.length === DEBTOR_STATES.length && t.hmmMode !== '2503').map((t) => t.negotiationId));
  let best: { id: string; score: number } | undefined;
  for (const r of run.negotiations) {
    if (!withBelief.has(r.negotiationId)) continue;
    const score = r.hmmDecisions * 2 + (r.hmmMode === 'principled' ? 1 : 0);
    if (best === undefined || score > best.score) best = { id: r.negotiationId, score };
  }
  return best?.id;
}
