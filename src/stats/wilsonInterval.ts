import type { Interval } from './interval.ts';
import { normalQuantile } from './normalQuantile.ts';

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; method 3 of Newcombe 1998, without
 * continuity correction): centre (x + z^2/2) / (n + z^2), half-width
 * z / (n + z^2) * sqrt(x (n - x) / n + z^2 / 4), z the two-sided normal quantile. Unlike the Wald
 * interval it stays inside [0, 1] and is not degenerate at 0 or n successes. The estimate is x / n.
 * With n = 0 every field is NaN. O(1).
 * @throws when successes or n is not a non-negative integer, successes > n, or confidence is not in (0, 1).
 * @example wilsonInterval(81, 263) // { estimate: 0.3080, lower: 0.2553, upper: 0.3662 } (Newcombe 1998)
 */
export function wilsonInterval(successes: number, n: number, options: { confidence?: number } = {}): Interval {
  const confidence = options.confidence ?? 0.95;
  if (!(Number.isInteger(n) && n >= 0)) throw new Error(`wilsonInterval: n = ${n}, expected a non-negative integer`);
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new Error(`wilsonInterval: successes = ${successes}, expected an integer in 0..${n}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new Error(`wilsonInterval: options.confidence = ${confidence}, expected a number in (0, 1)`);
  if (n === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return {
    estimate: successes / n,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
