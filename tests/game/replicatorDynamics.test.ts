import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replicatorDynamics } from '../../src/game/replicatorDynamics.ts';
import { bimatrix } from '../../src/game/bimatrix.ts';
import { createRng } from '../../src/core/rng.ts';
import { battleOfTheSexes, matchingPennies, prisonersDilemma } from './classicGames.ts';

test('replicatorDynamics(matching pennies) conserves H = sum_i x*_i ln x_i + sum_j y*_j ln y_j (Hofbauer and Sigmund 1998, zero-sum games)', () => {
  const H = (x: number[], y: number[]) => 0.5 * (Math.log(x[0]) + Math.log(x[1]) + Math.log(y[0]) + Math.log(y[1]));
  const traj = [...replicatorDynamics(matchingPennies, { steps: 2000, x0: [0.8, 0.2], y0: [0.3, 0.7] })];
  const h0 = H(traj[0].x, traj[0].y);
  for (const p of traj) assert.ok(Math.abs(H(p.x, p.y) - h0) < 1e-8, `step ${p.step}`); // measured drift 4e-11
  // and it cycles rather than converging: the row player's strategy keeps moving far from 1/2
  assert.ok(Math.max(...traj.map((p) => p.x[0])) > 0.75 && Math.min(...traj.map((p) => p.x[0])) < 0.25);
});

test("replicatorDynamics(prisoner's dilemma) from mostly cooperating populations converges to defection", () => {
  const traj = [...replicatorDynamics(prisonersDilemma, { steps: 2000, x0: [0.9, 0.1], y0: [0.9, 0.1] })];
  const end = traj[traj.length - 1];
  assert.ok(end.x[1] > 0.999 && end.y[1] > 0.999);
  assert.equal(end.time, 20);
  assert.ok(Math.abs(end.payoffs[0] - 1) < 1e-3);
});

test('replicatorDynamics(battle of the sexes) leaves the mixed equilibrium at rest', () => {
  const traj = [...replicatorDynamics(battleOfTheSexes, { steps: 100, x0: [2 / 3, 1 / 3], y0: [1 / 3, 2 / 3] })];
  for (const p of traj) assert.ok(Math.abs(p.x[0] - 2 / 3) < 1e-12 && Math.abs(p.y[0] - 1 / 3) < 1e-12);
});

test('property: trajectories of seeded random 3x3 games stay on the simplex and start from the seeded point', () => {
  const rng = createRng('replicator-property');
  for (let k = 0; k < 20; k++) {
    const draw = () => Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => rng.int(11) - 5));
    const g = bimatrix(draw(), draw());
    const a = [...replicatorDynamics(g, { steps: 200, stepSize: 0.02, rng: createRng(k) })];
    const b = replicatorDynamics(g, { steps: 1, rng: createRng(k) }).next().value!;
    assert.deepEqual(a[0].x, b.x);
    assert.ok(a[0].x.every((v) => v > 0 && v < 1));
    for (const p of a) {
      for (const s of [p.x, p.y]) {
        assert.ok(s.every((v) => v >= 0));
        assert.ok(Math.abs(s.reduce((u, v) => u + v) - 1) < 1e-12);
      }
    }
  }
});

test('replicatorDynamics(game, options) starts at the barycentre by default and rejects bad options', () => {
  assert.deepEqual(replicatorDynamics(matchingPennies, { steps: 1 }).next().value!.x, [0.5, 0.5]);
  assert.throws(() => replicatorDynamics(matchingPennies, { steps: 1.5 }).next(), /steps must be a positive integer, got 1.5/);
  assert.throws(() => replicatorDynamics(matchingPennies, { steps: 1, stepSize: -1 }).next(), /stepSize must be a positive number, got -1/);
  assert.throws(() => replicatorDynamics(matchingPennies, { steps: 1, x0: [0.7, 0.7] }).next(), /x0 sums to 1.4, expected 1/);
  assert.throws(() => replicatorDynamics(matchingPennies, { steps: 1, y0: [1] }).next(), /y0 has length 1, expected 2/);
});
