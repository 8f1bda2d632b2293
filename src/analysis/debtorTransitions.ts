import { EMOTIONS } from '../core/emotions.ts';
import { countTable, type CountTable } from './countTable.ts';
import type { EmotionSource } from './emotionSource.ts';
import type { TurnRow } from './turnRows.ts';

/**
 * Debtor emotion transition matrix (7x7, EMOTIONS order): counts of consecutive debtor messages
 * (emotion at message k, row; at message k + 1, column) and row proportions. Each observed turn row
 * holds one such pair: the debtor message before the decision and the debtor's reply after it.
 * Pairs with a missing emotion are not counted. O(n).
 * @example debtorTransitions(run.turns, { source: 'true' }).counts[2][2] // Anger followed by Anger
 */
export function debtorTransitions(turns: readonly TurnRow[], options: { source?: EmotionSource } = {}): CountTable {
  const source = options.source ?? 'true';
  const pairs: [string, string][] = [];
  for (const t of turns) {
    if (!t.observed) continue;
    const from = source === 'true' ? t.trueDebtorEmotion : t.detected;
    const to = source === 'true' ? t.replyTrueEmotion : t.replyDetected;
    if (from !== null && to !== null) pairs.push([from, to]);
  }
  return countTable(pairs, { rowLabels: EMOTIONS, columnLabels: EMOTIONS });
}
