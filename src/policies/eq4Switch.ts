import { isNegative, type Emotion } from '../core/emotions.ts';

/** Options of {@link eq4Switch}. */
export interface Eq4SwitchOptions {
  /** Negatives needed (paper: 4; the 2503 code: 3). */
  k: number;
  /** Window length (paper: 5). */
  n: number;
  /** Require n observed emotions before the HMM branch can fire (the 2503 code). Default false. */
  fullWindow?: boolean;
}

/** The evidence behind the Eq. 4 switch, as written into the decision trace. */
export interface Eq4SwitchResult {
  active: boolean;
  /** Negative emotions in the window. */
  negativeCount: number;
  /** Length of the window actually counted: min(n, history length). */
  window: number;
}

/**
 * The Eq. 4 switch: use the HMM branch when at least k of the last n debtor emotions are negative
 * (Sadness, Anger, Fear, Disgust). With fewer than n observed it counts over all of them, as the
 * 2511 code does (METHOD.md section 9 step 3); with `fullWindow` it needs n observed (the 2503 code).
 * O(n).
 * @throws when k or n is not a positive integer, or k > n.
 * @example eq4Switch(['Anger', 'Fear', 'Anger', 'Sadness'], { k: 4, n: 5 }) // { active: true, negativeCount: 4, window: 4 }
 */
export function eq4Switch(history: readonly Emotion[], options: Eq4SwitchOptions): Eq4SwitchResult {
  const { k, n } = options;
  checkKofN(k, n, { caller: 'eq4Switch' });
  const start = Math.max(0, history.length - n);
  let negativeCount = 0;
  for (let i = start; i < history.length; i++) if (isNegative(history[i])) negativeCount++;
  const window = history.length - start;
  const full = options.fullWindow === true ? window >= n : true;
  return { active: full && negativeCount >= k, negativeCount, window };
}

/**
 * Validate an Eq. 4 "k of n" pair.
 * @throws naming the caller, the argument and its value.
 */
export function checkKofN(k: number, n: number, options: { caller: string }): void {
  const { caller } = options;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${caller}: n = ${n}, expected a positive integer`);
  if (!Number.isInteger(k) || k < 1) throw new Error(`${caller}: k = ${k}, expected a positive integer`);
  if (k > n) throw new Error(`${caller}: k = ${k} exceeds n = ${n}`);
}
