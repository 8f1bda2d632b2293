import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMOTIONS } from '../../src/core/emotions.ts';
import { DEBTOR_STATES } from '../../src/core/debtorStates.ts';
import { confusionMatrixFigure } from '../../src/figures/confusionMatrixFigure.ts';
import { transitionHeatmapFigure } from '../../src/figures/transitionHeatmapFigure.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { TRANSITIONS } from './rows.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

test('transitionHeatmapFigure(table) matches its snapshot', () => {
  assertMatchesSnapshot('transitionHeatmapFigure', transitionHeatmapFigure(TRANSITIONS, { from: 'debtor emotion, message k', to: 'debtor emotion, message k+1' }));
});

test('transitionHeatmapFigure(table) shows row shares with the seven emotion labels, counts in the hover', () => {
  const fig = transitionHeatmapFigure(TRANSITIONS);
  const [heat] = fig.data as any[];
  assert.deepEqual(heat.x, [...EMOTIONS]);
  assert.deepEqual(heat.y, [...EMOTIONS]);
  assert.deepEqual(heat.z[0], [0.4, 0, 0.1, 0, 0.2, 0, 0.3]);
  for (const row of heat.z.filter((r: (number | null)[]) => r[0] !== null)) assert.ok(Math.abs(row.reduce((a: number, b: number) => a + b, 0) - 1) < 1e-9);
  // The empty Fear row is blank, not a row of zeros.
  assert.deepEqual(heat.z[3], [null, null, null, null, null, null, null]);
  assert.deepEqual(heat.customdata[0][0], [4, 10]);
  assert.match(heat.hovertemplate, /count %\{customdata\[0\]\} of %\{customdata\[1\]\}/);
  assert.equal([heat.zmin, heat.zmax].join(), '0,1');
  const notes = fig.layout.annotations as any[];
  assert.equal(notes.length, 49);
  assert.deepEqual(notes.slice(0, 2).map((a) => a.text), ['0.40', '0.00']);
  assert.equal(notes[3 * 7].text, '–');
  assert.equal((fig.layout.yaxis as any).autorange, 'reversed');
  assertPaperStyle(fig);
});

test('confusionMatrixFigure(matrix) labels bare 7x7 and 4x4 matrices and normalises rows', () => {
  const seven = confusionMatrixFigure(TRANSITIONS.counts);
  assert.deepEqual((seven.data[0] as any).y, [...EMOTIONS]);
  assert.equal((seven.layout.xaxis as any).title.text, 'detected emotion');
  const four = confusionMatrixFigure([[3, 1, 0, 0], [0, 2, 2, 0], [0, 0, 0, 0], [1, 1, 1, 1]]);
  assert.deepEqual((four.data[0] as any).y, [...DEBTOR_STATES]);
  assert.equal((four.layout.yaxis as any).title.text, 'true hidden state');
  assert.deepEqual((four.data[0] as any).z, [[0.75, 0.25, 0, 0], [0, 0.5, 0.5, 0], [null, null, null, null], [0.25, 0.25, 0.25, 0.25]]);
  assertMatchesSnapshot('confusionMatrixFigure-states', four);
  assertPaperStyle(four);
});

test('confusionMatrixFigure(matrix) throws on shape errors, negative counts and unlabelled sizes', () => {
  assert.throws(() => confusionMatrixFigure([[1, 2], [3, 4]]), /a 2x2 matrix needs options.labels/);
  assert.throws(() => confusionMatrixFigure([[1, 2], [3]], { labels: ['a', 'b'] }), /counts row 1 \(b\) has 1 entries, expected 2/);
  assert.throws(() => confusionMatrixFigure([[1, -2], [3, 4]], { labels: ['a', 'b'] }), /counts\[0\]\[1\] = -2/);
  assert.throws(() => transitionHeatmapFigure({ ...TRANSITIONS, counts: TRANSITIONS.counts.slice(1) }), /transitionHeatmapFigure: counts has 6 rows, expected 7/);
});
