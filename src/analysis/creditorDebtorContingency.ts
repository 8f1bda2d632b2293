import { EMOTIONS } from '../core/emotions.ts';
import { countTable, type CountTable } from './countTable.ts';
import type { EmotionSource } from './emotionSource.ts';
import type { TurnRow } from './turnRows.ts';

/**
 * Creditor emotion x next debtor emotion (7x7, EMOTIONS order): the creditor's emotion at a turn
 * (row) against the emotion of the debtor's reply to that message (column), with row proportions:
 * the empirical counterpart of Table 4b, P(D | C). Turns without a creditor emotion or a reply are
 * not counted. O(n).
 * @example creditorDebtorContingency(run.turns).proportions[2] // debtor replies to an Anger creditor
 */
export function creditorDebtorContingency(turns: readonly TurnRow[], options: { source?: EmotionSource } = {}): CountTable {
  const source = options.source ?? 'true';
  const pairs: [string, string][] = [];
  for (const t of turns) {
    const reply = source === 'true' ? t.replyTrueEmotion : t.replyDetected;
    if (t.chosen !== null && reply !== null) pairs.push([t.chosen, reply]);
  }
  return countTable(pairs, { rowLabels: EMOTIONS, columnLabels: EMOTIONS });
}
