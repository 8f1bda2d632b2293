import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { toDataFrame } from '../../src/analysis/toDataFrame.ts';
import { FIXTURE_RUN } from './helpers.ts';

const run = loadRun(FIXTURE_RUN);

test('toDataFrame(rows) gives one row per object and one column per field', () => {
  const df = toDataFrame(run.negotiations);
  assert.deepEqual(df.shape, [6, Object.keys(run.negotiations[0]).length]);
  assert.deepEqual(df.column('messages').values, [6, 8, 4, 6, 4, 8]);
});

test('toDataFrame(turns) expands numeric vectors into numbered columns, null where a row has none', () => {
  const df = toDataFrame(run.turns);
  assert.ok(df.columns.includes('belief_0') && df.columns.includes('belief_3') && !df.columns.includes('belief'));
  assert.ok(df.columns.includes('smoothed_3'));
  const values = df.column('belief_0').values as (number | null)[];
  assert.equal(values[0], null); // vanilla keeps no belief
  assert.equal(values[values.length - 4], 0.4); // principled s2, opening turn: the initial distribution
});

test("toDataFrame(rows, { arrays: 'json' }) keeps vectors as JSON text; matrices are always JSON text", () => {
  const df = toDataFrame(run.turns, { arrays: 'json' });
  assert.ok(df.columns.includes('belief'));
  const confusion = toDataFrame([{ g: 'a', confusion: [[1, 0], [0, 1]] }]);
  assert.deepEqual(confusion.column('confusion').values, ['[[1,0],[0,1]]']);
  assert.throws(() => toDataFrame([]), /toDataFrame: rows is empty/);
});
