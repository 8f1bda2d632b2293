import { EMOTIONS } from '../core/emotions.ts';
import { countTable, type CountTable } from './countTable.ts';
import type { TurnRow } from './turnRows.ts';

/**
 * Creditor emotion transition matrix (7x7, EMOTIONS order): counts of the creditor's emotion at
 * turn t (row) and t + 1 (column) within each negotiation, and row proportions. Turns without an
 * emotion (vanilla's null) break the chain. O(n log n).
 * @example creditorTransitions(run.turns.filter((t) => t.policy === 'eq-negotiator/paper-code')).proportions[0]
 */
export function creditorTransitions(turns: readonly TurnRow[]): CountTable {
  const byNegotiation = new Map<string, TurnRow[]>();
  for (const t of turns) {
    const list = byNegotiation.get(t.negotiationId);
    if (list) list.push(t);
    else byNegotiation.set(t.negotiationId, [t]);
  }
  const pairs: [string, string][] = [];
  for (const list of byNegotiation.values()) {
    const sorted = list.slice().sort((a, b) => a.turn - b.turn);
    for (let i = 1; i < sorted.length; i++) {
      const from = sorted[i - 1].chosen;
      const to = sorted[i].chosen;
      if (from !== null && to !== null && sorted[i].turn === sorted[i - 1].turn + 1) pairs.push([from, to]);
    }
  }
  return countTable(pairs, { rowLabels: EMOTIONS, columnLabels: EMOTIONS });
}
