import { createRng, type Rng } from '../core/rng.ts';
import { mean } from '../stats/mean.ts';
import { pairedBootstrapCi } from '../stats/pairedBootstrapCi.ts';
import { groupLabel, groupRows, type GroupValues } from './groupRows.ts';
import type { NegotiationRow } from './negotiationRow.ts';

/** Metrics compared by {@link pairedDifferences}. */
export const PAIRED_METRICS = ['success', 'collectionRate', 'collectionDays', 'debtCollectionMultiple', 'messages'] as const;
export type PairedMetric = (typeof PAIRED_METRICS)[number];

/** One (group, policy, metric) of {@link pairedDifferences}. */
export interface PairedDifferenceRow {
  [field: string]: string | number | boolean | null;
  policy: string;
  baseline: string;
  metric: PairedMetric;
  /** Pairs the difference is computed over (for collectionDays and debtCollectionMultiple: pairs where both succeeded). */
  pairs: number;
  /** Negotiations of this policy in the group with no baseline negotiation on the same (scenario, seed, persona, models). */
  unpaired: number;
  baselineMean: number;
  policyMean: number;
  /** mean(policy - baseline) over the pairs; for success, the difference in success rate. */
  difference: number;
  lower: number;
  upper: number;
}

/** Options of {@link pairedDifferences}. */
export interface PairedDifferencesOptions {
  /** Baseline policy label. Default 'vanilla'. */
  baseline?: string;
  /** Grouping fields besides the policy. Default ['persona', 'creditorModel', 'debtorModel']. */
  by?: readonly ('persona' | 'creditorModel' | 'debtorModel' | 'scenarioId' | 'seed')[];
  metrics?: readonly PairedMetric[];
  /** Default createRng(0); each group, policy and metric forks its own stream. */
  rng?: Rng;
  resamples?: number;
  confidence?: number;
}

const pairKey = (r: NegotiationRow) => JSON.stringify([r.scenarioId, r.seed, r.persona, r.creditorModel, r.debtorModel]);

/**
 * Paired differences of each policy against a baseline policy (default 'vanilla') on identical
 * (scenario, seed, persona, creditor model, debtor model) negotiations, with paired percentile
 * bootstrap intervals (pairs resampled together). success: 1/0, so the difference is in success
 * rate; collectionRate and messages: over all pairs; collectionDays and debtCollectionMultiple:
 * over pairs where both negotiations succeeded. Rows: groups in order of first appearance, then
 * policies, then metrics. O(groups * metrics * B * pairs).
 * @throws when two baseline negotiations share a pair key, or the baseline never appears.
 * @example pairedDifferences(run.negotiations).find((r) => r.metric === 'success')?.difference // 0.25
 */
export function pairedDifferences(rows: readonly NegotiationRow[], options: PairedDifferencesOptions = {}): PairedDifferenceRow[] {
  const baseline = options.baseline ?? 'vanilla';
  const by = options.by ?? ['persona', 'creditorModel', 'debtorModel'];
  const metrics = options.metrics ?? PAIRED_METRICS;
  const rng = options.rng ?? createRng(0);
  const base = new Map<string, NegotiationRow>();
  for (const r of rows) {
    if (r.policy !== baseline) continue;
    const k = pairKey(r);
    if (base.has(k)) throw new Error(`pairedDifferences: baseline ${baseline} has two negotiations for (scenario, seed, persona, models) = ${k}: ${base.get(k)!.negotiationId} and ${r.negotiationId}`);
    base.set(k, r);
  }
  if (base.size === 0) throw new Error(`pairedDifferences: options.baseline = ${JSON.stringify(baseline)} has no negotiations; policies present: ${[...new Set(rows.map((r) => r.policy))].join(', ')}`);
  const out: PairedDifferenceRow[] = [];
  const others = rows.filter((r) => r.policy !== baseline);
  for (const { key, rows: rs } of groupRows(others, [...by, 'policy'] as const)) {
    const matched = rs.map((r) => ({ r, b: base.get(pairKey(r)) }));
    const unpaired = matched.filter((m) => m.b === undefined).length;
    for (const metric of metrics) {
      const a: number[] = [];
      const b: number[] = [];
      for (const { r, b: baseRow } of matched) {
        if (baseRow === undefined) continue;
        const x = value(baseRow, metric);
        const y = value(r, metric);
        if (x === null || y === null) continue;
        a.push(x);
        b.push(y);
      }
      const ci = pairedBootstrapCi(a, b, { rng: rng.fork(`${groupLabel(key)}/${metric}`), resamples: options.resamples, confidence: options.confidence });
      out.push({
        ...(key as GroupValues),
        policy: key.policy,
        baseline,
        metric,
        pairs: a.length,
        unpaired,
        baselineMean: mean(a),
        policyMean: mean(b),
        difference: ci.estimate,
        lower: ci.lower,
        upper: ci.upper,
      });
    }
  }
  return out;
}

function value(r: NegotiationRow, metric: PairedMetric): number | null {
  if (metric === 'success') return r.success ? 1 : 0;
  if (metric === 'collectionRate') return r.collectionRate;
  if (metric === 'messages') return r.messages;
  if (metric === 'collectionDays') return r.collectionDays;
  return r.debtCollectionMultiple;
}
