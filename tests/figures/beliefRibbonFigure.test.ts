import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEBTOR_STATES } from '../../src/core/debtorStates.ts';
import { EMOTIONS } from '../../src/core/emotions.ts';
import { beliefRibbonFigure } from '../../src/figures/beliefRibbonFigure.ts';
import { paperTheme } from '../../src/figures/paperTheme.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { TURNS } from './rows.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

test('beliefRibbonFigure(turns) matches its snapshot', () => {
  assertMatchesSnapshot('beliefRibbonFigure', beliefRibbonFigure(TURNS, { title: 'Belief' }));
});

test('beliefRibbonFigure(turns) stacks the four state beliefs per turn in the state colours', () => {
  const fig = beliefRibbonFigure(TURNS);
  const stack = (fig.data as any[]).filter((t) => t.stackgroup === 'belief');
  assert.deepEqual(stack.map((t) => t.name), [...DEBTOR_STATES]);
  assert.deepEqual(stack[1].x, [1, 2, 3, 4]);
  assert.deepEqual(stack[1].y, [0.2, 0.3, 0.6, 0.2]);
  assert.deepEqual(stack.map((t) => t.line.color), [...paperTheme.stateColors]);
  assert.match((fig.layout.yaxis as any).title.text, /probability/);
  assertPaperStyle(fig, { categoryAxes: ['yaxis2'] });
});

test('beliefRibbonFigure(turns) marks the true state in the middle of its band, and the branch above', () => {
  const fig = beliefRibbonFigure(TURNS);
  const truth = (fig.data as any[]).find((t) => t.name === 'true state');
  assert.deepEqual(truth.x, [2, 3, 4]);
  // Turn 3: Confrontational is the band [0.1, 0.7]; turn 4: Strategic is [0.9, 1.0].
  assert.deepEqual(truth.y, [0.25, 0.4, 0.95]);
  const branches = (fig.data as any[]).filter((t) => t.yaxis === 'y2');
  assert.deepEqual(branches.map((t) => [t.name, t.x]), [['branch hmm', [3, 4]], ['branch wsls', [1, 2]]]);
});

test('beliefRibbonFigure(turns, { estimate: "smoothed" }) draws the smoothed posterior where it exists', () => {
  const fig = beliefRibbonFigure(TURNS, { estimate: 'smoothed' });
  const first = (fig.data as any[])[0];
  assert.deepEqual(first.x, [2, 3, 4]);
  assert.deepEqual(first.y, [0.6, 0.1, 0.1]);
  assert.match((fig.layout.yaxis as any).title.text, /smoothed posterior/);
});

test('beliefRibbonFigure(turns) reads 7-entry beliefs (2503 mode) as creditor emotions, without true-state marks', () => {
  const turns = [{ turn: 1, belief: [0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2], trueDebtorState: 'Cooperative' }];
  const fig = beliefRibbonFigure(turns);
  assert.deepEqual((fig.data as any[]).filter((t) => t.stackgroup).map((t) => t.name), [...EMOTIONS]);
  assert.equal((fig.data as any[]).some((t) => t.name === 'true state'), false);
});

test('beliefRibbonFigure(turns) throws on several negotiations, no belief, ragged or invalid beliefs', () => {
  assert.throws(() => beliefRibbonFigure([...TURNS, { ...TURNS[0], negotiationId: 'n2' }]), /span 2 negotiations/);
  assert.throws(() => beliefRibbonFigure([{ turn: 1, belief: null }]), /none of the 1 turns has a filtered belief/);
  assert.throws(() => beliefRibbonFigure([TURNS[0], { ...TURNS[1], belief: [0.5, 0.5] }]), /turn 2 has a belief of 2 entries, expected 4/);
  assert.throws(() => beliefRibbonFigure([{ turn: 1, belief: [1.5, 0, 0, -0.5] }]), /turn 1 belief\[0\] = 1\.5/);
  assert.throws(() => beliefRibbonFigure(TURNS, { estimate: 'viterbi' as never }), /options\.estimate = "viterbi"/);
});
