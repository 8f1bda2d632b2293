import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bimatrix, table5Bimatrix } from '../../src/game/bimatrix.ts';
import { supportEnumeration } from '../../src/game/supportEnumeration.ts';
import { maximalNashSubsets, type NashSubset } from '../../src/game/maximalNashSubsets.ts';
import { isNashEquilibrium } from '../../src/game/isNashEquilibrium.ts';
import { createRng } from '../../src/core/rng.ts';
import { battleOfTheSexes, nashpyDegenerate, vonStengelDegenerate } from './classicGames.ts';

const subsetsOf = (g: Parameters<typeof supportEnumeration>[0]) => maximalNashSubsets(supportEnumeration(g).equilibria);
const num = (s: string) => { const [a, b = '1'] = s.split('/'); return Number(a) / Number(b); };

test('maximalNashSubsets(nondegenerate equilibria) is one singleton set per equilibrium', () => {
  const s = subsetsOf(battleOfTheSexes);
  assert.equal(s.length, 3);
  assert.ok(s.every((set) => set.rowStrategies.length === 1 && set.colStrategies.length === 1 && set.equilibria.length === 1));
});

test("maximalNashSubsets(von Stengel's degenerate game) joins the two ends of the segment {top} x [(2/3,1/3), (1,0)]", () => {
  const s = subsetsOf(vonStengelDegenerate);
  assert.deepEqual(s.map((set) => [set.rowStrategies, set.colStrategies]), [
    [[['1', '0', '0']], [['1', '0'], ['2/3', '1/3']]],
    [[['0', '1/3', '2/3']], [['1/3', '2/3']]],
  ]);
});

test("maximalNashSubsets(Nashpy's degenerate game) is one set: the row player's segment against (1/2, 1/2, 0)", () => {
  const s = subsetsOf(nashpyDegenerate);
  assert.equal(s.length, 1);
  assert.equal(s[0].rowStrategies.length, 2);
  assert.deepEqual(s[0].equilibria, [0, 1]);
});

test('maximalNashSubsets(Table 5) has 8 sets (4 isolated equilibria, 4 continua through creditor (Sadness+Neutral)/2); the midpoint of every set is an equilibrium', () => {
  const g = table5Bimatrix();
  const s = subsetsOf(g);
  assert.equal(s.length, 8);
  assert.equal(s.filter((set) => set.equilibria.length > 1).length, 4);
  for (const set of s) {
    const mid = (vs: string[][]) => vs[0].map((_, i) => vs.reduce((a, v) => a + num(v[i]), 0) / vs.length);
    assert.ok(isNashEquilibrium(g, mid(set.rowStrategies), mid(set.colStrategies)), JSON.stringify(set));
  }
});

/** True when p (2 coordinates of a 3-simplex point, or 1 of a 2-simplex point) lies in the convex hull of pts. */
function inHull(p: number[], pts: number[][], tol = 1e-9): boolean {
  const d = p.length;
  if (pts.some((a) => a.every((v, i) => Math.abs(v - p[i]) <= tol))) return true;
  for (const a of pts) for (const b of pts) {
    const t = d === 1 ? (b[0] === a[0] ? NaN : (p[0] - a[0]) / (b[0] - a[0])) : segmentParam(p, a, b, tol);
    if (t >= -tol && t <= 1 + tol && a.every((v, i) => Math.abs(v + t * (b[i] - v) - p[i]) <= tol)) return true;
  }
  if (d === 2) for (const a of pts) for (const b of pts) for (const c of pts) {
    const det = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
    if (Math.abs(det) < 1e-12) continue;
    const u = ((p[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (p[1] - a[1])) / det;
    const w = ((b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1])) / det;
    if (u >= -tol && w >= -tol && u + w <= 1 + tol) return true;
  }
  return false;
}
function segmentParam(p: number[], a: number[], b: number[], tol: number): number {
  const i = Math.abs(b[0] - a[0]) > tol ? 0 : 1;
  return Math.abs(b[i] - a[i]) > tol ? (p[i] - a[i]) / (b[i] - a[i]) : NaN;
}

test('property: in seeded random degenerate 2x2 and 2x3 games every grid equilibrium lies in a reported Nash subset (completeness)', () => {
  const rng = createRng('maximalNashSubsets-completeness');
  const grid = (k: number): number[][] => k === 2
    ? Array.from({ length: 13 }, (_, a) => [a / 12, 1 - a / 12])
    : Array.from({ length: 13 }, (_, a) => Array.from({ length: 13 - a }, (_, b) => [a / 12, b / 12, (12 - a - b) / 12])).flat();
  let checked = 0;
  for (let k = 0; k < 60; k++) {
    const n = 2 + (k % 2);
    const draw = () => Array.from({ length: 2 }, () => Array.from({ length: n }, () => rng.int(3) - 1));
    const g = bimatrix(draw(), draw());
    const sets: NashSubset[] = subsetsOf(g);
    const coords = (v: string[]) => v.slice(0, v.length - 1).map(num);
    for (const x of grid(2)) for (const y of grid(n)) {
      // payoffs are integers and strategies multiples of 1/12, so any real gain is >= 1/144
      if (!isNashEquilibrium(g, x, y, 1e-9)) continue;
      checked++;
      const covered = sets.some((s) => inHull(x.slice(0, 1), s.rowStrategies.map(coords)) && inHull(y.slice(0, n - 1), s.colStrategies.map(coords)));
      assert.ok(covered, `game ${k} ${JSON.stringify(g.A)} ${JSON.stringify(g.B)}: equilibrium x=${x} y=${y} not covered`);
    }
  }
  assert.ok(checked > 1000, `only ${checked} grid equilibria checked`);
});
