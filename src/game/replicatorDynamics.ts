import type { Rng } from '../core/rng.ts';
import type { Bimatrix } from './bimatrix.ts';
import { colPayoffs, expectedPayoffs, rowPayoffs } from './expectedPayoffs.ts';

/** One point of a replicator trajectory. Arrays are fresh copies. */
export interface ReplicatorIterate {
  /** 0 for the initial point, then 1, 2, ... */
  step: number;
  /** step * stepSize. */
  time: number;
  x: number[];
  y: number[];
  /** Expected payoffs [x^T A y, x^T B y]. */
  payoffs: [number, number];
}

export interface ReplicatorOptions {
  /** Number of integration steps after the initial point (a positive integer). */
  steps: number;
  /** Time step (default 0.01). */
  stepSize?: number;
  /** Initial row and column strategies (default: the barycentre, or a uniform random interior point when rng is given). */
  x0?: number[];
  y0?: number[];
  /** Draws x0 / y0 uniformly on the simplex when they are not given (forks 'x0' and 'y0'). */
  rng?: Rng;
}

/**
 * Two-population replicator dynamics of a bimatrix game, integrated by classical Runge-Kutta 4:
 * dx_i/dt = x_i ((A y)_i - x^T A y), dy_j/dt = y_j ((x^T B)_j - x^T B y) (Taylor and Jonker 1978;
 * Hofbauer and Sigmund 1998, ch. 10). Yields the initial point then every step. RK4 preserves the
 * sums up to rounding; after each step an entry pushed below 0 (by a too-large step) is clipped to
 * 0 and the strategy renormalised, so rounding drift does not accumulate. Deterministic unless the
 * start is drawn from the rng.
 * @throws when steps or stepSize is invalid or a start point is not a mixed strategy of the right length.
 * @example [...replicatorDynamics(prisonersDilemma, { steps: 2000, x0: [0.9, 0.1], y0: [0.9, 0.1] })].at(-1).x // near [0, 1]
 */
export function* replicatorDynamics(game: Bimatrix, options: ReplicatorOptions): Generator<ReplicatorIterate> {
  const { steps } = options;
  const h = options.stepSize ?? 0.01;
  if (!Number.isInteger(steps) || steps <= 0) throw new Error(`replicatorDynamics: steps must be a positive integer, got ${steps}`);
  if (!(h > 0) || !Number.isFinite(h)) throw new Error(`replicatorDynamics: stepSize must be a positive number, got ${h}`);
  const m = game.A.length;
  const n = game.A[0].length;
  let x = start('x0', options.x0, m, options.rng?.fork('x0'));
  let y = start('y0', options.y0, n, options.rng?.fork('y0'));
  const point = (step: number): ReplicatorIterate => ({ step, time: step * h, x: x.slice(), y: y.slice(), payoffs: expectedPayoffs(game, x, y) });
  yield point(0);
  const field = (px: number[], py: number[]): [number[], number[]] => {
    const ay = rowPayoffs(game, py);
    const xb = colPayoffs(game, px);
    const fx = dot(px, ay);
    const fy = dot(py, xb);
    return [px.map((v, i) => v * (ay[i] - fx)), py.map((v, j) => v * (xb[j] - fy))];
  };
  const axpy = (a: number[], s: number, b: number[]) => a.map((v, i) => v + s * b[i]);
  for (let s = 1; s <= steps; s++) {
    const [k1x, k1y] = field(x, y);
    const [k2x, k2y] = field(axpy(x, h / 2, k1x), axpy(y, h / 2, k1y));
    const [k3x, k3y] = field(axpy(x, h / 2, k2x), axpy(y, h / 2, k2y));
    const [k4x, k4y] = field(axpy(x, h, k3x), axpy(y, h, k3y));
    x = clip(x.map((v, i) => v + (h / 6) * (k1x[i] + 2 * k2x[i] + 2 * k3x[i] + k4x[i])));
    y = clip(y.map((v, j) => v + (h / 6) * (k1y[j] + 2 * k2y[j] + 2 * k3y[j] + k4y[j])));
    yield point(s);
  }
}

function start(name: string, given: number[] | undefined, n: number, rng: Rng | undefined): number[] {
  if (given !== undefined) {
    if (given.length !== n) throw new Error(`replicatorDynamics: ${name} has length ${given.length}, expected ${n}`);
    let total = 0;
    given.forEach((v, i) => {
      if (!(v >= 0) || !Number.isFinite(v)) throw new Error(`replicatorDynamics: ${name}[${i}] = ${v}, expected a probability`);
      total += v;
    });
    if (Math.abs(total - 1) > 1e-9) throw new Error(`replicatorDynamics: ${name} sums to ${total}, expected 1`);
    return given.slice();
  }
  if (rng === undefined) return new Array<number>(n).fill(1 / n);
  const e = Array.from({ length: n }, () => -Math.log(1 - rng.next()));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Clip rounding negatives to 0 and renormalise, so rounding drift never accumulates. */
function clip(v: number[]): number[] {
  const c = v.map((a) => Math.max(0, a));
  const s = c.reduce((a, b) => a + b, 0);
  return c.map((a) => a / s);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
