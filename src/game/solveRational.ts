import { ratDiv, ratMul, ratSub, ratSign, type Rational } from './rational.ts';

/**
 * Solve the square system M z = b exactly by Gaussian elimination over the rationals
 * (first non-zero pivot in each column; no rounding, so "singular" means exactly singular).
 * Returns undefined when M is singular. Complexity O(k^3) rational operations.
 * @throws when M is not square or b has the wrong length.
 * @example solveRational([[r(2), r(1)], [r(1), r(3)]], [r(3), r(5)]) // [4/5, 7/5]
 */
export function solveRational(m: readonly (readonly Rational[])[], b: readonly Rational[]): Rational[] | undefined {
  const k = m.length;
  if (b.length !== k) throw new Error(`solveRational: b has length ${b.length}, expected ${k}`);
  const a = m.map((row, i) => {
    if (row.length !== k) throw new Error(`solveRational: row ${i} has length ${row.length}, expected ${k}`);
    return [...row, b[i]];
  });
  for (let col = 0; col < k; col++) {
    let pivot = col;
    while (pivot < k && ratSign(a[pivot][col]) === 0) pivot++;
    if (pivot === k) return undefined;
    if (pivot !== col) [a[pivot], a[col]] = [a[col], a[pivot]];
    const p = a[col];
    for (let r = col + 1; r < k; r++) {
      if (ratSign(a[r][col]) === 0) continue;
      const f = ratDiv(a[r][col], p[col]);
      const row = a[r];
      for (let c = col; c <= k; c++) if (ratSign(p[c]) !== 0) row[c] = ratSub(row[c], ratMul(f, p[c]));
    }
  }
  const z: Rational[] = new Array(k);
  for (let r = k - 1; r >= 0; r--) {
    let s = a[r][k];
    for (let c = r + 1; c < k; c++) if (ratSign(a[r][c]) !== 0) s = ratSub(s, ratMul(a[r][c], z[c]));
    z[r] = ratDiv(s, a[r][r]);
  }
  return z;
}
