import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lengthDistributionFigure } from '../../src/figures/lengthDistributionFigure.ts';
import { assertPaperStyle } from './paperStyle.ts';
import { assertMatchesSnapshot } from './snapshot.ts';

const ROWS = [
  { policy: 'vanilla', messages: 12, success: true },
  { policy: 'vanilla', messages: 30, success: false },
  { policy: 'vanilla', messages: 17, success: true },
  { policy: 'eq-negotiator/principled', messages: 14, success: true },
  { policy: 'eq-negotiator/principled', messages: 16, success: true },
];

test('lengthDistributionFigure(rows) matches its snapshot (box and violin)', () => {
  assertMatchesSnapshot('lengthDistributionFigure-box', lengthDistributionFigure(ROWS));
  assertMatchesSnapshot('lengthDistributionFigure-violin', lengthDistributionFigure(ROWS, { kind: 'violin' }));
});

test('lengthDistributionFigure(rows) draws one box per policy over its lengths, labelled in messages', () => {
  const fig = lengthDistributionFigure(ROWS);
  const data = fig.data as any[];
  assert.deepEqual(data.map((t) => [t.type, t.name, t.y]), [
    ['box', 'vanilla', [12, 30, 17]],
    ['box', 'eq-negotiator/principled', [14, 16]],
  ]);
  assert.equal(fig.layout.boxmode, 'overlay');
  assert.match((fig.layout.yaxis as any).title.text, /messages/);
  assertPaperStyle(fig);
});

test('lengthDistributionFigure(rows, { splitBy: "outcome" }) puts agreed and broken-down negotiations side by side', () => {
  const fig = lengthDistributionFigure(ROWS, { splitBy: 'outcome' });
  const data = fig.data as any[];
  assert.deepEqual(data.map((t) => [t.name, t.y]), [['agreed', [12, 17, 14, 16]], ['breakdown', [30]]]);
  assert.equal(fig.layout.boxmode, 'group');
});

test('lengthDistributionFigure(rows) throws on empty rows, bad lengths and unknown options', () => {
  assert.throws(() => lengthDistributionFigure([]), /rows is empty/);
  assert.throws(() => lengthDistributionFigure([{ policy: 'a', messages: 2.5 }]), /rows\[0\]\.messages = 2\.5/);
  assert.throws(() => lengthDistributionFigure(ROWS, { kind: 'strip' as never }), /options\.kind = "strip"/);
  assert.throws(() => lengthDistributionFigure(ROWS, { splitBy: 'persona' as never }), /options\.splitBy = "persona"/);
});
