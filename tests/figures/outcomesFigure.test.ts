import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outcomesFigure } from '../../src/figures/outcomesFigure.ts';
import { paperTheme } from '../../src/figures/paperTheme.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { SUMMARY } from './rows.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

const bars = (fig: ReturnType<typeof outcomesFigure>) => fig.data as any[];

test('outcomesFigure(rows) matches its snapshot', () => {
  assertMatchesSnapshot('outcomesFigure', outcomesFigure(SUMMARY, { title: 'Outcomes' }));
});

test('outcomesFigure(rows) draws grouped bars: one trace per policy and metric, personas on x', () => {
  const fig = outcomesFigure(SUMMARY);
  assert.equal(fig.layout.barmode, 'group');
  assert.equal(bars(fig).length, 4);
  assert.deepEqual(bars(fig).map((t) => [t.name, t.yaxis]), [
    ['vanilla', 'y'], ['eq-negotiator/principled', 'y'], ['vanilla', 'y2'], ['eq-negotiator/principled', 'y2'],
  ]);
  assert.deepEqual(bars(fig)[0].x, ['vanilla', 'angry']);
  assert.deepEqual(bars(fig).map((t) => t.showlegend), [true, true, false, false]);
});

test('outcomesFigure(rows) takes error bars from the Wilson and bootstrap bounds', () => {
  const fig = outcomesFigure(SUMMARY);
  const [vanillaRate, , vanillaMultiple, eqMultiple] = bars(fig);
  assert.deepEqual(vanillaRate.y, [0.5, 0.3]);
  assert.deepEqual(vanillaRate.error_y.array, [0.263, 0.303]);
  assert.deepEqual(vanillaRate.error_y.arrayminus, [0.263, 0.192]);
  assert.equal(vanillaRate.error_y.visible, true);
  assert.deepEqual(vanillaMultiple.error_y.array, [0.6, 0.6]);
  assert.deepEqual(vanillaMultiple.error_y.arrayminus, [0.5, 0.5]);
  // No agreement with the angry debtor: a gap (null), not a zero-height bar with a zero interval.
  assert.deepEqual(eqMultiple.y, [2.5, null]);
  assert.deepEqual(eqMultiple.error_y.array, [0.6, null]);
});

test('outcomesFigure(rows) is in the paper style, with the unit on each value axis', () => {
  const fig = outcomesFigure(SUMMARY);
  assertPaperStyle(fig);
  assert.match((fig.layout.yaxis as any).title.text, /rate/);
  assert.match((fig.layout.yaxis2 as any).title.text, /days/);
  assert.deepEqual((fig.layout.yaxis as any).range, [0, 1]);
  const notes = (fig.layout.annotations as any[]).map((a) => a.text);
  assert.deepEqual(notes, ['error bars: Wilson 95% CI', 'error bars: bootstrap 95% CI']);
});

test('outcomesFigure(rows) follows options.groupOrder and hatches policies past the palette', () => {
  const many = Array.from({ length: 10 }, (_, i) => ({ ...SUMMARY[0], policy: `p${i}` }));
  const fig = outcomesFigure(many, { metrics: ['successRate'], groupOrder: ['p9'] });
  assert.equal(bars(fig)[0].name, 'p9');
  const ninth = bars(fig)[9];
  assert.equal(ninth.marker.color, paperTheme.palette[1]);
  assert.equal(ninth.marker.pattern.shape, '/');
  assert.equal(bars(fig)[1].marker.pattern, undefined);
});

test('outcomesFigure(rows) throws on empty rows, repeated cells, missing fields and unknown metrics', () => {
  assert.throws(() => outcomesFigure([]), /outcomesFigure: rows is empty/);
  assert.throws(() => outcomesFigure([SUMMARY[0], SUMMARY[0]]), /repeat persona "vanilla" with policy "vanilla"/);
  assert.throws(() => outcomesFigure([{ policy: 'x' }]), /rows\[0\] has no field persona/);
  assert.throws(() => outcomesFigure(SUMMARY, { metrics: ['winRate' as never] }), /metric = "winRate"/);
});
