import { sum } from '../core/matrix.ts';
import type { NegotiationRecord } from './records.ts';

/** The record fields a summary reads. */
export type SummaryInput = Pick<NegotiationRecord, 'success' | 'debtCollectionMultiple' | 'collectionRate' | 'messages'> &
  Partial<Record<GroupField, string | number>>;

/** Fields a summary can group by. */
export type GroupField = 'persona' | 'policy' | 'scenarioId' | 'seed' | 'creditorModel' | 'debtorModel' | 'backend' | 'detector';

/** One group's numbers. Means over no values are null. */
export interface SummaryRow {
  /** The group's values, in the order of `by`. */
  group: Record<string, string | number>;
  negotiations: number;
  successes: number;
  successRate: number;
  /** Mean agreed days / creditor target days over successes (lower is better). */
  meanDebtCollectionMultiple: number | null;
  /** Mean collection rate over all negotiations (0 for failures). */
  meanCollectionRate: number;
  /** Mean negotiation length in messages. */
  meanMessages: number;
}

/**
 * Success rate, mean debt-collection multiple over successes, mean collection rate and mean
 * length in messages, per group (e.g. by persona and policy), groups in order of first appearance.
 * Pure; sums are compensated. Confidence intervals belong to the analysis module.
 * @example summarizeRecords(rows, { by: ['policy'] })[0].successRate // 0.75
 */
export function summarizeRecords(rows: readonly SummaryInput[], options: { by: GroupField[] }): SummaryRow[] {
  const groups = new Map<string, { group: Record<string, string | number>; rows: SummaryInput[] }>();
  for (const r of rows) {
    const group: Record<string, string | number> = {};
    for (const f of options.by) {
      const v = r[f];
      if (v === undefined) throw new Error(`summarizeRecords: a record has no field ${f} to group by`);
      group[f] = v;
    }
    const key = JSON.stringify(options.by.map((f) => group[f]));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { group, rows: [] }));
    g.rows.push(r);
  }
  return [...groups.values()].map(({ group, rows: rs }) => {
    const multiples = rs.filter((r) => r.success && r.debtCollectionMultiple !== null).map((r) => r.debtCollectionMultiple as number);
    const successes = rs.filter((r) => r.success).length;
    return {
      group,
      negotiations: rs.length,
      successes,
      successRate: successes / rs.length,
      meanDebtCollectionMultiple: multiples.length > 0 ? sum(multiples) / multiples.length : null,
      meanCollectionRate: sum(rs.map((r) => r.collectionRate)) / rs.length,
      meanMessages: sum(rs.map((r) => r.messages)) / rs.length,
    };
  });
}
