import type { Rng } from '../core/rng.ts';
import { bestResponses, breakTie, type TieRule } from '../game/bestResponse.ts';

/**
 * Eq. 1: the creditor emotion maximising the creditor's payoff agent[D_t][e], i.e. the index of the
 * largest entry of one row of Table 5. Ties (values within 1e-9) are broken by `tieRule`:
 * 'first' is numpy's argmax (lowest index, the 2511 code), 'random' is uniform over the tied
 * entries from `rng` (the 2503 code). O(row length).
 * @throws when `tieRule` is 'random' without an rng.
 * @example payoffBestResponse([1, 1, 1, 0, 2, 1, 2], { tieRule: 'first' }) // 4 (Surprise; Neutral ties)
 */
export function payoffBestResponse(row: ArrayLike<number>, options: { tieRule?: TieRule; rng?: Rng } = {}): number {
  return breakTie(bestResponses(row), options.tieRule ?? 'first', options.rng);
}
