import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bimatrix, table5Bimatrix } from '../../src/game/bimatrix.ts';
import { supportEnumeration, type Equilibrium } from '../../src/game/supportEnumeration.ts';
import { deviationGains } from '../../src/game/isNashEquilibrium.ts';
import { pureNashEquilibria } from '../../src/game/pureNashEquilibria.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { createRng, type Rng } from '../../src/core/rng.ts';
import {
  battleOfTheSexes, matchingPennies, nashpyDegenerate, prisonersDilemma, rockPaperScissors, vonStengelDegenerate,
} from './classicGames.ts';

const exact = (eqs: Equilibrium[]) => eqs.map((e) => [e.exact.x.join(' '), e.exact.y.join(' ')]);

test('supportEnumeration(matching pennies) finds the unique equilibrium (1/2, 1/2), (1/2, 1/2) with value 0', () => {
  const r = supportEnumeration(matchingPennies);
  assert.deepEqual(exact(r.equilibria), [['1/2 1/2', '1/2 1/2']]);
  assert.equal(r.equilibria[0].exact.rowPayoff, '0');
  assert.equal(r.degenerate, false);
});

test("supportEnumeration(prisoner's dilemma) finds only (defect, defect), payoffs (1, 1)", () => {
  const r = supportEnumeration(prisonersDilemma);
  assert.deepEqual(exact(r.equilibria), [['0 1', '0 1']]);
  assert.equal(r.equilibria[0].pure, true);
  assert.deepEqual([r.equilibria[0].rowPayoff, r.equilibria[0].colPayoff], [1, 1]);
});

test('supportEnumeration(battle of the sexes) finds 2 pure equilibria and the mixed (2/3, 1/3), (1/3, 2/3)', () => {
  const r = supportEnumeration(battleOfTheSexes);
  assert.deepEqual(exact(r.equilibria), [['1 0', '1 0'], ['0 1', '0 1'], ['2/3 1/3', '1/3 2/3']]);
  assert.deepEqual([r.equilibria[2].exact.rowPayoff, r.equilibria[2].exact.colPayoff], ['2/3', '2/3']);
  assert.equal(r.degenerate, false);
});

test('supportEnumeration(rock-paper-scissors) finds only the uniform equilibrium', () => {
  const r = supportEnumeration(rockPaperScissors);
  assert.deepEqual(exact(r.equilibria), [['1/3 1/3 1/3', '1/3 1/3 1/3']]);
  assert.equal(r.systemsSolved, 2 * 19); // sum over k >= 1 of C(3, k)^2 = C(6, 3) - 1 systems per player
});

test("supportEnumeration(Nashpy's degenerate game) lists both ends of the row player's segment and warns naming the support", () => {
  const logger = memoryLogger();
  const r = supportEnumeration(nashpyDegenerate, { logger });
  assert.deepEqual(exact(r.equilibria), [['1/2 1/2 0', '1/2 1/2 0'], ['1/2 0 1/2', '1/2 1/2 0']]);
  assert.equal(r.degenerate, true);
  assert.deepEqual(r.degeneracies.map((d) => [d.player, d.support, d.bestResponses]), [['col', [0, 1], [0, 1, 2]]]);
  assert.equal(logger.warnings.length, 1);
  assert.match(logger.warnings[0], /degenerate game: column strategy \(1\/2, 1\/2, 0\) with support \{c0, c1\} \(size 2\) has 3 pure best responses \{r0, r1, r2\}/);
  assert.match(logger.warnings[0], /continua/);
});

test("supportEnumeration(von Stengel's degenerate game) finds the segment's two ends and the isolated mixed equilibrium", () => {
  const logger = memoryLogger();
  const r = supportEnumeration(vonStengelDegenerate, { logger });
  assert.deepEqual(exact(r.equilibria), [
    ['1 0 0', '1 0'],
    ['1 0 0', '2/3 1/3'],
    ['0 1/3 2/3', '1/3 2/3'],
  ]);
  // ((1,0,0), (2/3,1/3)) has supports of sizes 1 and 2: unequal supports only occur in degenerate games.
  assert.deepEqual([r.equilibria[1].rowSupport, r.equilibria[1].colSupport], [[0], [0, 1]]);
  assert.equal(r.degenerate, true);
  assert.match(logger.warnings.join('\n'), /row strategy \(1, 0, 0\) with support \{r0\} \(size 1\) has 2 pure best responses \{c0, c1\}/);
});

test('supportEnumeration(Table 5) lists its 10 extreme equilibria exactly (5 pure on the diagonal, 5 mixed)', () => {
  const logger = memoryLogger();
  const r = supportEnumeration(table5Bimatrix(), { logger });
  // Pure ones checked by hand: each (d, d) is a mutual best response in the published tables.
  // Mixed ones: e.g. debtor (Joy+Sadness)/2 vs creditor (Joy+Sadness)/2: the creditor's payoffs are
  // (3, 3, 2, 1, 2.5, 1.5, 3) and the debtor's (3, 3, 2, 1, 2.5, 1.5, 2.5), so both supports are best.
  assert.deepEqual(exact(r.equilibria), [
    ['1 0 0 0 0 0 0', '1 0 0 0 0 0 0'],
    ['0 1 0 0 0 0 0', '0 1 0 0 0 0 0'],
    ['0 0 0 0 1 0 0', '0 0 0 0 1 0 0'],
    ['0 0 0 0 0 1 0', '0 0 0 0 0 1 0'],
    ['0 0 0 0 0 0 1', '0 0 0 0 0 0 1'],
    ['0 1 0 0 0 0 0', '0 1/2 0 0 0 0 1/2'],
    ['0 0 0 0 0 0 1', '0 1/2 0 0 0 0 1/2'],
    ['1/2 1/2 0 0 0 0 0', '1/2 1/2 0 0 0 0 0'],
    ['1/2 1/2 0 0 0 0 0', '0 1/2 0 0 0 0 1/2'],
    ['1/2 0 0 0 1/2 0 0', '1/2 0 0 0 1/2 0 0'],
  ]);
  assert.deepEqual(r.equilibria.map((e) => e.exact.colPayoff), ['4', '3', '4', '2', '3', '3', '3', '3', '3', '7/2']);
  assert.equal(r.degenerate, true);
  assert.equal(logger.warnings.length, 7);
  assert.match(logger.warnings.join('\n'), /creditor strategy \(0, 0, 0, 0, 0, 0, 1\) with support \{Neutral\} \(size 1\) has 3 pure best responses \{Joy, Surprise, Neutral\}/);
});

test('supportEnumeration(Table 5) pure equilibria agree with the independent pureNashEquilibria', () => {
  const g = table5Bimatrix();
  const pure = supportEnumeration(g).equilibria.filter((e) => e.pure).map((e) => [e.rowSupport[0], e.colSupport[0]]);
  assert.deepEqual(pure, pureNashEquilibria(g).map((p) => [p.row, p.col]));
});

test('supportEnumeration(game) reads decimal payoffs exactly (a learned Table 5 entry 1.975)', () => {
  const r = supportEnumeration(bimatrix([[1.975, 0], [0, 1.025]], [[1.025, 0], [0, 1.975]]));
  assert.deepEqual(r.equilibria[2].exact.x, ['79/120', '41/120']);
});

test('supportEnumeration(game) refuses games with more than 20 strategies per player', () => {
  const big = Array.from({ length: 21 }, () => [0]);
  assert.throws(() => supportEnumeration(bimatrix(big, big)), /supportEnumeration: game is 21x1/);
});

function randomGame(rng: Rng, m: number, n: number, range: number) {
  const draw = () => Array.from({ length: m }, () => Array.from({ length: n }, () => rng.int(2 * range + 1) - range));
  return bimatrix(draw(), draw());
}

test('property: every equilibrium of a seeded random integer game is a mutual best response, distinct, and includes every pure equilibrium', () => {
  const rng = createRng('supportEnumeration-property');
  for (let k = 0; k < 150; k++) {
    const m = 1 + rng.int(4);
    const n = 1 + rng.int(4);
    const g = randomGame(rng, m, n, k % 2 === 0 ? 2 : 50);
    const r = supportEnumeration(g);
    assert.ok(r.equilibria.length >= 1, `game ${k} has no equilibrium`);
    const keys = new Set(r.equilibria.map((e) => `${e.exact.x}|${e.exact.y}`));
    assert.equal(keys.size, r.equilibria.length, `game ${k}: duplicate equilibria`);
    for (const e of r.equilibria) {
      const gain = deviationGains(g, e.x, e.y);
      assert.ok(gain.row <= 1e-9 && gain.col <= 1e-9, `game ${k}: ${JSON.stringify(e.exact)} gains ${JSON.stringify(gain)}`);
      assert.ok(e.rowSupport.every((i) => e.rowBestResponses.includes(i)));
      assert.ok(e.colSupport.every((j) => e.colBestResponses.includes(j)));
    }
    const found = new Set(r.equilibria.filter((e) => e.pure).map((e) => `${e.rowSupport[0]},${e.colSupport[0]}`));
    for (const p of pureNashEquilibria(g)) assert.ok(found.has(`${p.row},${p.col}`), `game ${k}: pure (${p.row}, ${p.col}) missing`);
  }
});

test('property: a nondegenerate random game has an odd number of equilibria (Lemke-Howson parity)', () => {
  const rng = createRng('supportEnumeration-parity');
  let nondegenerate = 0;
  for (let k = 0; k < 120; k++) {
    const g = randomGame(rng, 2 + rng.int(3), 2 + rng.int(3), 1000);
    const r = supportEnumeration(g);
    if (r.degenerate) continue;
    nondegenerate++;
    assert.equal(r.equilibria.length % 2, 1, `game ${k}: ${r.equilibria.length} equilibria`);
    assert.ok(r.equilibria.every((e) => e.rowSupport.length === e.colSupport.length));
  }
  assert.ok(nondegenerate >= 100, `only ${nondegenerate} of 120 games were nondegenerate`);
});

test('property: all equilibria of a random zero-sum game share one value (minimax theorem)', () => {
  const rng = createRng('supportEnumeration-zero-sum');
  for (let k = 0; k < 60; k++) {
    const A = randomGame(rng, 2 + rng.int(3), 2 + rng.int(3), 2).A;
    const r = supportEnumeration(bimatrix(A, A.map((row) => row.map((v) => -v))));
    const values = new Set(r.equilibria.map((e) => e.exact.rowPayoff));
    assert.equal(values.size, 1, `game ${k}: values ${[...values]}`);
  }
});
