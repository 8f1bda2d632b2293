import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryStyle } from '../../src/figures/categoryStyle.ts';
import { errorBars } from '../../src/figures/errorBars.ts';
import { metricInfo, METRICS } from '../../src/figures/metricInfo.ts';
import { metricInterval } from '../../src/figures/metricInterval.ts';
import { orderCategories } from '../../src/figures/orderCategories.ts';
import { paperAxis } from '../../src/figures/paperAxis.ts';
import { OKABE_ITO } from '../../src/figures/paperTheme.ts';
import { plotValue } from '../../src/figures/plotValue.ts';
import { scriptJson } from '../../src/figures/scriptJson.ts';
import { subplotAxis } from '../../src/figures/subplotAxis.ts';
import { withAlpha } from '../../src/figures/withAlpha.ts';
import { UNIT } from './paperStyle.ts';

test('errorBars(intervals) gives asymmetric plus/minus arrays and null for missing intervals', () => {
  const e = errorBars([{ estimate: 0.5, lower: 0.4, upper: 0.7 }, { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN }]) as any;
  assert.equal(e.symmetric, false);
  assert.deepEqual(e.array, [0.2, null]);
  assert.deepEqual(e.arrayminus, [0.1, null]);
  assert.throws(() => errorBars([{ estimate: 0.9, lower: 0.1, upper: 0.5 }]), /errorBars: interval 0 = .* does not contain its estimate/);
});

test('plotValue(x) rounds to 10 significant digits and maps non-finite values to null', () => {
  assert.equal(plotValue(0.1 + 0.2), 0.3);
  assert.equal(plotValue(Number.NaN), null);
  assert.equal(plotValue(Number.POSITIVE_INFINITY), null);
  assert.equal(plotValue(null), null);
  assert.equal(plotValue(12345.678901234), 12345.6789);
});

test('categoryStyle(i) cycles the Okabe-Ito palette and changes pattern, dash and symbol on each pass', () => {
  assert.deepEqual([categoryStyle(0).color, categoryStyle(8).color, categoryStyle(9).color], [OKABE_ITO[0], OKABE_ITO[0], OKABE_ITO[1]]);
  assert.deepEqual([categoryStyle(0).pattern, categoryStyle(8).pattern], ['', '/']);
  assert.notEqual(categoryStyle(0).dash, categoryStyle(8).dash);
  assert.throws(() => categoryStyle(-1), /categoryStyle: index = -1/);
});

test('orderCategories(values, { order }) keeps first appearance, given order first', () => {
  assert.deepEqual(orderCategories(['b', 'a', 'b', 'c']), ['b', 'a', 'c']);
  assert.deepEqual(orderCategories(['b', 'a', 'b', 'c'], { order: ['c', 'x'] }), ['c', 'b', 'a']);
});

test('metricInfo(key) finds a metric by summary key or pairedDifferences name; every axis title names a unit', () => {
  assert.equal(metricInfo('success').key, 'successRate');
  assert.equal(metricInfo('messages').fields.estimate, 'messagesMean');
  assert.throws(() => metricInfo('speed', 'caller'), /caller: metric = "speed"/);
  for (const info of Object.values(METRICS)) assert.match(info.axisTitle, UNIT);
});

test('metricInterval(row, metric) reads the bounds, NaN where a field is missing or null', () => {
  assert.deepEqual(metricInterval({ successRate: 0.5, successRateLower: 0.3, successRateUpper: 0.7 }, METRICS.successRate), { estimate: 0.5, lower: 0.3, upper: 0.7 });
  const missing = metricInterval({ messagesMean: null }, METRICS.messages);
  assert.ok(Number.isNaN(missing.estimate) && Number.isNaN(missing.lower));
});

test('paperAxis(title) refuses an empty title; subplotAxis and withAlpha name plotly things', () => {
  assert.throws(() => paperAxis(' '), /paperAxis: title = " "/);
  assert.deepEqual(subplotAxis('y', 0), { ref: 'y', key: 'yaxis' });
  assert.deepEqual(subplotAxis('x', 2), { ref: 'x3', key: 'xaxis3' });
  assert.equal(withAlpha('#0072B2', 0.5), 'rgba(0, 114, 178, 0.5)');
});

test('scriptJson(value) cannot close a script element', () => {
  const text = scriptJson({ a: '</script><!-- & \u2028' });
  assert.ok(!text.includes('</script') && !text.includes('<!--') && !text.includes('&'));
  assert.deepEqual(JSON.parse(text), { a: '</script><!-- & \u2028' });
});
