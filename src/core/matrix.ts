/**
 * Small dense-matrix helpers over plain `number[][]` (float64). Used by the plain-TypeScript
 * reference kernels and the policies; tensors never appear here.
 */
export type Matrix = number[][];
export type Vector = number[];

/** Neumaier-compensated sum (exact to a few ulps for the vectors used here). */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Scale a non-negative vector to sum 1; a zero vector becomes uniform. */
export function normalize(values: ArrayLike<number>): Vector {
  const total = sum(values);
  const n = values.length;
  if (!(total > 0)) return Array.from({ length: n }, () => 1 / n);
  return Array.from(values, (v) => v / total);
}

/** Each row scaled to sum 1. */
export function normalizeRows(m: Matrix): Matrix {
  return m.map((row) => normalize(row));
}

/** x^T M: the distribution after one step of a row-stochastic M. */
export function vecMat(x: ArrayLike<number>, m: Matrix): Vector {
  const cols = m[0]?.length ?? 0;
  const out = new Array<number>(cols).fill(0);
  for (let i = 0; i < m.length; i++) {
    const xi = x[i];
    const row = m[i];
    for (let j = 0; j < cols; j++) out[j] += xi * row[j];
  }
  return out;
}

/** M x. */
export function matVec(m: Matrix, x: ArrayLike<number>): Vector {
  return m.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j] * x[j];
    return s;
  });
}

/** Element-wise product. */
export function hadamard(a: ArrayLike<number>, b: ArrayLike<number>): Vector {
  return Array.from(a, (v, i) => v * b[i]);
}

/** Index of the maximum, first index on ties (within eps). */
export function argmaxFirst(values: ArrayLike<number>, eps = 1e-12): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best] + eps) best = i;
  return best;
}

/** log(sum(exp(xs))) computed stably; -Infinity for an empty or all -Infinity input. */
export function logSumExp(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return -Infinity;
  if (m === Infinity) return Infinity;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}

/** Deep copy of a matrix. */
export function cloneMatrix(m: Matrix): Matrix {
  return m.map((row) => row.slice());
}

/** True when |a - b| <= tol * max(1, |a|, |b|). */
export function approxEqual(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
