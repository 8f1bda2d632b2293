import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictitiousPlay } from '../../src/game/fictitiousPlay.ts';
import { deviationGains } from '../../src/game/isNashEquilibrium.ts';
import { bimatrix } from '../../src/game/bimatrix.ts';
import { createRng } from '../../src/core/rng.ts';
import { matchingPennies, prisonersDilemma, rockPaperScissors } from './classicGames.ts';

const last = <T>(it: Iterable<T>): T => { let v: T | undefined; for (v of it); return v as T; };

test('fictitiousPlay(matching pennies) empirical play approaches (1/2, 1/2): gains below 0.03 after 10,000 iterations (Robinson 1951)', () => {
  const it = last(fictitiousPlay(matchingPennies, { iterations: 10_000 }));
  const g = deviationGains(matchingPennies, it.x, it.y);
  assert.ok(g.row < 0.03 && g.col < 0.03, JSON.stringify(g)); // measured: 0.013, 0.001
});

test('fictitiousPlay(rock-paper-scissors) empirical play approaches uniform: gains below 0.02 after 10,000 iterations', () => {
  const it = last(fictitiousPlay(rockPaperScissors, { iterations: 10_000 }));
  const g = deviationGains(rockPaperScissors, it.x, it.y);
  assert.ok(g.row < 0.02 && g.col < 0.02, JSON.stringify(g)); // measured: 0.0067 each
});

test("fictitiousPlay(prisoner's dilemma) plays (defect, defect) from the second iteration on", () => {
  const its = [...fictitiousPlay(prisonersDilemma, { iterations: 50 })];
  assert.deepEqual(its[0].actions, [0, 0]); // zero counts: every action ties, 'first' picks cooperate
  assert.ok(its.slice(1).every((s) => s.actions[0] === 1 && s.actions[1] === 1));
  assert.deepEqual(its[49].payoffs, [1, 1]);
});

test('fictitiousPlay(game) yields consistent iterates: counts grow by one, x and y are the normalised counts', () => {
  const its = [...fictitiousPlay(rockPaperScissors, { iterations: 30, initialCounts: { row: [1, 0, 0], col: [0, 2, 0] } })];
  its.forEach((s, k) => {
    assert.equal(s.iteration, k + 1);
    assert.equal(s.counts.row.reduce((a, b) => a + b), k + 2);
    assert.equal(s.counts.col.reduce((a, b) => a + b), k + 3);
    assert.ok(Math.abs(s.x.reduce((a, b) => a + b) - 1) < 1e-12);
    assert.equal(s.x[s.actions[0]] * (k + 2), s.counts.row[s.actions[0]]);
  });
  // The row player's first move best-responds to the column's initial counts (2 x paper): scissors.
  assert.equal(its[0].actions[0], 2);
});

test("fictitiousPlay(game, { tieRule: 'random', rng }) breaks ties from the seeded rng: same seed, same play", () => {
  const zero = bimatrix([[0, 0, 0], [0, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  const play = (seed: number) => [...fictitiousPlay(zero, { iterations: 40, tieRule: 'random', rng: createRng(seed) })].map((s) => s.actions.join(''));
  assert.deepEqual(play(5), play(5));
  assert.notDeepEqual(play(5), play(6));
  assert.ok([...fictitiousPlay(zero, { iterations: 10 })].every((s) => s.actions[0] === 0 && s.actions[1] === 0));
});

test('fictitiousPlay(game, options) rejects bad iterations, counts and a random rule without rng', () => {
  assert.throws(() => fictitiousPlay(matchingPennies, { iterations: 0 }).next(), /fictitiousPlay: iterations must be a positive integer, got 0/);
  assert.throws(() => fictitiousPlay(matchingPennies, { iterations: 5, tieRule: 'random' }).next(), /needs an rng/);
  assert.throws(() => fictitiousPlay(matchingPennies, { iterations: 5, initialCounts: { row: [1], col: [1, 1] } }).next(), /initialCounts.row has length 1, expected 2/);
  assert.throws(() => fictitiousPlay(matchingPennies, { iterations: 5, initialCounts: { row: [1, -1], col: [1, 1] } }).next(), /initialCounts.row\[1\] = -1/);
});
