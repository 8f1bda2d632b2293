import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game } from '../../src/game/game.ts';
import { supportEnumeration } from '../../src/game/supportEnumeration.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { createRng } from '../../src/core/rng.ts';

test('Game.table5() orients the creditor as the column player: its best replies to debtor Neutral are {Joy, Sadness, Surprise, Neutral}', () => {
  const g = Game.table5();
  const neutral = [0, 0, 0, 0, 0, 0, 1];
  assert.deepEqual(g.bestResponses('col', neutral), [0, 1, 4, 6]); // agent[Neutral] = [3,3,1,2,3,2,3]
  assert.equal(g.bestResponse('col', neutral), 0);
  assert.deepEqual(g.bestResponses('row', neutral), [0, 4, 6]); // client column Neutral = [3,2,1,2,3,2,3]
});

test("Game.bestResponse(player, opponent, { tieRule: 'random', rng }) is reproducible for a seed and stays among the ties", () => {
  const g = Game.table5();
  const neutral = [0, 0, 0, 0, 0, 0, 1];
  const draw = (seed: number) => Array.from({ length: 20 }, ((r) => () => g.bestResponse('col', neutral, { tieRule: 'random', rng: r }))(createRng(seed)));
  assert.deepEqual(draw(1), draw(1));
  assert.ok(draw(2).every((e) => [0, 1, 4, 6].includes(e)));
});

test('Game methods delegate to the pure functions (equilibria, nashSubsets, pureEquilibria, isNashEquilibrium, payoffs)', () => {
  const g = new Game([[2, 0], [0, 1]], [[1, 0], [0, 2]]);
  assert.deepEqual(g.equilibria(), supportEnumeration(g.bimatrix));
  assert.equal(g.nashSubsets().length, 3);
  assert.equal(g.pureEquilibria().length, 2);
  assert.equal(g.isNashEquilibrium([2 / 3, 1 / 3], [1 / 3, 2 / 3]), true);
  assert.deepEqual(g.payoffs([1, 0], [1, 0]), [2, 1]);
  assert.deepEqual(g.deviationGains([1, 0], [0, 1]), { row: 1, col: 1 }); // miscoordination: both gain 1 by switching
  assert.equal([...g.fictitiousPlay({ iterations: 3 })].length, 3);
  assert.equal([...g.replicatorDynamics({ steps: 3 })].length, 4);
});

test('Game.table5(params) analyses a learned payoff table and warns about its degeneracy through the logger', () => {
  const p = loadPaperParameters();
  const learned = { payoffClient: p.payoffClient, payoffAgent: p.payoffAgent.map((r) => r.map((v) => v + 0.05)) };
  learned.payoffAgent[6][0] += 0.05; // creditor now strictly prefers Joy against debtor Neutral
  const logger = memoryLogger();
  const r = Game.table5(learned).equilibria({ logger });
  assert.ok(r.equilibria.length > 0);
  assert.ok(logger.warnings.every((w) => w.startsWith('supportEnumeration: degenerate game:')));
  assert.ok(!logger.warnings.some((w) => /creditor strategy \(0, 0, 0, 0, 0, 0, 1\)/.test(w) && /best responses \{Joy, Surprise, Neutral\}/.test(w)));
});
