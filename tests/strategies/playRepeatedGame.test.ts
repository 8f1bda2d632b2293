import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playRepeatedGame } from '../../src/strategies/playRepeatedGame.ts';
import { wslsPaper, wslsPaperStep, initialWslsPaperState } from '../../src/strategies/wslsPaper.ts';
import { wslsTextbook } from '../../src/strategies/wslsTextbook.ts';
import { titForTat } from '../../src/strategies/titForTat.ts';
import { fixedAction } from '../../src/strategies/fixedAction.ts';
import { randomAction } from '../../src/strategies/randomAction.ts';
import { table5Bimatrix, bimatrix } from '../../src/game/bimatrix.ts';
import { argmaxFirst } from '../../src/core/matrix.ts';
import { createRng } from '../../src/core/rng.ts';
import type { RepeatedStrategy } from '../../src/strategies/types.ts';

const pd = bimatrix([[3, 0], [5, 1]], [[3, 5], [0, 1]]);
const moves = (h: ReturnType<typeof playRepeatedGame>) => h.rounds.map((r) => `${'CD'[r.row]}${'CD'[r.col]}`).join(' ');

test('playRepeatedGame(PD, Pavlov vs Pavlov) recovers from a unilateral defection in two rounds: CD, DD, CC, CC (Nowak and Sigmund 1993)', () => {
  const h = playRepeatedGame(pd, {
    row: wslsTextbook({ aspiration: 2, initialAction: 0 }),
    col: wslsTextbook({ aspiration: 2, initialAction: 1 }),
  }, { rounds: 5 });
  assert.equal(moves(h), 'CD DD CC CC CC');
});

test('playRepeatedGame(PD, Pavlov vs always-defect) alternates C and D; tit-for-tat defects after the first round', () => {
  assert.equal(moves(playRepeatedGame(pd, { row: wslsTextbook({ aspiration: 2 }), col: fixedAction(1) }, { rounds: 6 })), 'CD DD CD DD CD DD');
  const tft = playRepeatedGame(pd, { row: titForTat(), col: fixedAction(1) }, { rounds: 4 });
  assert.equal(moves(tft), 'CD DD DD DD');
  assert.deepEqual(tft.totals, { row: 3, col: 8 });
  assert.deepEqual(tft.means, { row: 0.75, col: 2 });
});

test("playRepeatedGame(game, players, { timing: 'row-first' }) lets the column player see the row's current action", () => {
  const h = playRepeatedGame(table5Bimatrix(), { row: randomAction(), col: titForTat() }, { rounds: 30, timing: 'row-first', seed: 4 });
  assert.ok(h.rounds.every((r) => r.col === r.row));
  const sim = playRepeatedGame(table5Bimatrix(), { row: randomAction(), col: titForTat() }, { rounds: 30, seed: 4 });
  assert.ok(sim.rounds.slice(1).every((r, t) => r.col === sim.rounds[t].row)); // simultaneous: mirrors the previous round
});

test('playRepeatedGame(Table 5, random debtor vs paper WSLS creditor) matches replaying wslsPaperStep on the debtor sequence', () => {
  const g = table5Bimatrix();
  const h = playRepeatedGame(g, { row: randomAction(), col: wslsPaper() }, { rounds: 40, timing: 'row-first', seed: 'notebook' });
  let state = initialWslsPaperState();
  for (const r of h.rounds) {
    const step = wslsPaperStep(state, { opponentAction: r.row, payoffs: g.B });
    state = step.state;
    assert.equal(r.col, step.action);
    assert.equal(r.col, argmaxFirst(g.B[r.row], 0)); // published Table 5: never a lose-shift
    assert.equal(r.colPayoff, g.B[r.row][r.col]);
    assert.equal(r.rowPayoff, g.A[r.row][r.col]);
  }
});

test('playRepeatedGame is reproducible: same seed, same history; another seed, another history', () => {
  const players = { row: randomAction(), col: randomAction() };
  const a = playRepeatedGame(table5Bimatrix(), players, { rounds: 25, seed: 1 });
  assert.deepEqual(playRepeatedGame(table5Bimatrix(), players, { rounds: 25, seed: 1 }), a);
  assert.deepEqual(playRepeatedGame(table5Bimatrix(), players, { rounds: 25, rng: createRng(1) }), a);
  assert.notDeepEqual(playRepeatedGame(table5Bimatrix(), players, { rounds: 25, seed: 2 }).rounds, a.rounds);
  assert.equal(a.rngKey, '1');
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a); // plain serialisable data
});

test('playRepeatedGame gives the row player its payoffs transposed ([opponent][mine]) and the column player B', () => {
  const seen: number[][][] = [];
  const spy = (name: string): RepeatedStrategy<null> => ({ name, initialState: () => null, step: (s, o) => { seen.push(o.payoffs); return { action: 0, state: s }; } });
  const g = bimatrix([[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]);
  playRepeatedGame(g, { row: spy('r'), col: spy('c') }, { rounds: 1 });
  assert.deepEqual(seen[0], [[1, 4], [2, 5], [3, 6]]);
  assert.deepEqual(seen[1], g.B);
});

test('playRepeatedGame rejects a bad round count, an unknown timing and an out-of-range action, naming the strategy', () => {
  const players = { row: fixedAction(0), col: fixedAction(0) };
  assert.throws(() => playRepeatedGame(pd, players, { rounds: 0 }), /playRepeatedGame: rounds must be a positive integer, got 0/);
  assert.throws(() => playRepeatedGame(pd, players, { rounds: 1, timing: 'later' as never }), /unknown timing "later"/);
  const rogue: RepeatedStrategy<null> = { name: 'rogue', initialState: () => null, step: (s) => ({ action: 5, state: s }) };
  assert.throws(() => playRepeatedGame(pd, { row: fixedAction(0), col: rogue }, { rounds: 1 }), /column strategy rogue played 5 in round 0, expected 0..1/);
});
