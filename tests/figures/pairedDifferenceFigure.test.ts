import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairedDifferenceFigure } from '../../src/figures/pairedDifferenceFigure.ts';
import { paperTheme } from '../../src/figures/paperTheme.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { PAIRED } from './rows.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

test('pairedDifferenceFigure(rows) matches its snapshot', () => {
  assertMatchesSnapshot('pairedDifferenceFigure', pairedDifferenceFigure(PAIRED));
});

test('pairedDifferenceFigure(rows) draws a point and interval per policy and metric, with a zero line per panel', () => {
  const fig = pairedDifferenceFigure(PAIRED);
  const [success, multiple] = fig.data as any[];
  assert.deepEqual(success.y, ['fixed:Anger', 'eq-negotiator/principled']);
  assert.deepEqual(success.x, [-0.2, 0.1]);
  assert.deepEqual(success.error_x.array, [0.15, 0.15]);
  assert.deepEqual(success.error_x.arrayminus, [0.2, 0.15]);
  assert.equal(multiple.xaxis, 'x2');
  const shapes = fig.layout.shapes as any[];
  assert.deepEqual(shapes.map((s) => [s.xref, s.x0, s.x1, s.yref]), [['x', 0, 0, 'y domain'], ['x2', 0, 0, 'y2 domain']]);
  // Filled when the interval excludes zero, hollow when it includes it.
  assert.deepEqual(success.marker.color, [paperTheme.palette[0], paperTheme.background]);
  assert.deepEqual(multiple.marker.color, [paperTheme.background, paperTheme.palette[0]]);
  assert.match((fig.layout.xaxis as any).title.text, /right is better/);
  assert.match((fig.layout.xaxis2 as any).title.text, /left is better/);
  assertPaperStyle(fig);
});

test('pairedDifferenceFigure(rows) throws on empty rows, absent metrics and repeated labels', () => {
  assert.throws(() => pairedDifferenceFigure([]), /rows is empty/);
  assert.throws(() => pairedDifferenceFigure(PAIRED, { metrics: ['messages'] }), /no rows with metric "messages"; metrics present: success, debtCollectionMultiple/);
  assert.throws(() => pairedDifferenceFigure([...PAIRED, { ...PAIRED[0], persona: 'angry' }]), /label "fixed:Anger" repeats for metric success; add fields to options.labelBy/);
  const byPersona = pairedDifferenceFigure([...PAIRED.map((r) => ({ ...r, persona: 'vanilla' })), { ...PAIRED[0], persona: 'angry' }], { labelBy: ['policy', 'persona'], metrics: ['success'] });
  assert.deepEqual((byPersona.data[0] as any).y, ['fixed:Anger · vanilla', 'eq-negotiator/principled · vanilla', 'fixed:Anger · angry']);
});
