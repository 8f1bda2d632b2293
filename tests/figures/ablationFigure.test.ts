import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ablationFigure } from '../../src/figures/ablationFigure.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { ABLATION } from './rows.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

test('ablationFigure(rows) matches its snapshot', () => {
  assertMatchesSnapshot('ablationFigure', ablationFigure(ABLATION));
});

test('ablationFigure(rows) plots the metric against k of n (sorted by n, then k), one line per HMM mode', () => {
  const fig = ablationFigure(ABLATION);
  assert.deepEqual((fig.layout.xaxis as any).ticktext, ['2 of 3', '3 of 5', '4 of 5']);
  const [paper, principled] = fig.data as any[];
  assert.equal(paper.name, 'paper-code');
  // Modes are offset by 0.08 around each threshold so that their error bars do not overlap.
  assert.deepEqual(paper.x, [0.96, 1.96]);
  assert.deepEqual(principled.x, [0.04, 2.04]);
  assert.deepEqual(paper.y, [0.65, 0.6]);
  assert.deepEqual(paper.error_y.array, [0.17, 0.18]);
  assert.deepEqual(paper.error_y.arrayminus, [0.22, 0.21]);
  assert.notEqual(paper.line.dash === principled.line.dash && paper.line.color === principled.line.color, true);
  assertPaperStyle(fig);
});

test('ablationFigure(rows) throws on empty rows, repeated cells and invalid thresholds', () => {
  assert.throws(() => ablationFigure([]), /rows is empty/);
  assert.throws(() => ablationFigure([ABLATION[0], ABLATION[0]]), /repeat hmmMode "paper-code" with k = 4, n = 5/);
  assert.throws(() => ablationFigure([{ ...ABLATION[0], k: 6 }]), /k = 6, n = 5, expected integers 1 <= k <= n/);
  assert.throws(() => ablationFigure(ABLATION, { metric: 'wins' as never }), /ablationFigure: metric = "wins"/);
});
