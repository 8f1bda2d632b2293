import { plotValue } from './plotValue.ts';
import type { IntervalLike } from './types.ts';

/**
 * Plotly asymmetric error bars (`error_y` / `error_x`) from confidence intervals: `array` is
 * upper - estimate, `arrayminus` estimate - lower. A missing bound (NaN) gives null, which plotly
 * draws as no bar, so an empty cell never shows a fake zero-width interval.
 * @throws when a finite interval does not contain its estimate.
 * @example errorBars([{ estimate: 0.5, lower: 0.4, upper: 0.7 }]) // { type: 'data', symmetric: false, array: [0.2], arrayminus: [0.1], ... }
 */
export function errorBars(intervals: readonly IntervalLike[], options: { color?: string; thickness?: number; width?: number } = {}): Record<string, unknown> {
  const plus: (number | null)[] = [];
  const minus: (number | null)[] = [];
  intervals.forEach((ci, i) => {
    const ok = Number.isFinite(ci.estimate) && Number.isFinite(ci.lower) && Number.isFinite(ci.upper);
    if (ok && !(ci.lower <= ci.estimate + 1e-12 && ci.estimate <= ci.upper + 1e-12)) {
      throw new Error(`errorBars: interval ${i} = ${JSON.stringify(ci)} does not contain its estimate`);
    }
    plus.push(ok ? plotValue(Math.max(0, ci.upper - ci.estimate)) : null);
    minus.push(ok ? plotValue(Math.max(0, ci.estimate - ci.lower)) : null);
  });
  return {
    type: 'data',
    symmetric: false,
    array: plus,
    arrayminus: minus,
    visible: true,
    thickness: options.thickness ?? 1.2,
    width: options.width ?? 3,
    ...(options.color === undefined ? {} : { color: options.color }),
  };
}

