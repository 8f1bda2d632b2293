import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTable, longTable } from '../../src/analysis/countTable.ts';
import { creditorDebtorContingency } from '../../src/analysis/creditorDebtorContingency.ts';
import { creditorTransitions } from '../../src/analysis/creditorTransitions.ts';
import { debtorTransitions } from '../../src/analysis/debtorTransitions.ts';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { EMOTIONS, emotionIndex as ix } from '../../src/core/emotions.ts';
import { FIXTURE_RUN, turn, VANILLA } from './helpers.ts';

const run = loadRun(FIXTURE_RUN, { smoothing: 'none' });

test('countTable(pairs) counts pairs, normalises rows and leaves empty rows NaN', () => {
  const t = countTable([['a', 'x'], ['a', 'y'], ['a', 'y'], ['c', 'x']], { rowLabels: ['a', 'b', 'c'], columnLabels: ['x', 'y'] });
  assert.deepEqual(t.counts, [[1, 2], [0, 0], [1, 0]]);
  assert.deepEqual(t.rowTotals, [3, 0, 1]);
  assert.equal(t.total, 4);
  assert.deepEqual(t.proportions[0], [1 / 3, 2 / 3]);
  assert.ok(t.proportions[1].every(Number.isNaN));
  assert.deepEqual(longTable(t)[1], { row: 'a', column: 'y', count: 2, proportion: 2 / 3 });
  assert.equal(longTable(t).length, 6);
  assert.throws(() => countTable([['a', 'z']], { rowLabels: ['a'], columnLabels: ['x'] }), /countTable: pair 0 has column label "z", expected one of x/);
});

test('debtorTransitions(turns) counts consecutive true debtor emotions of the fixture (hand-counted from the scripts)', () => {
  const t = debtorTransitions(run.turns);
  // Scripted true sequences: A A S | A D A D | A J | A A N | A J | A D A S (A Anger, D Disgust, S Sadness, J Joy, N Neutral).
  assert.equal(t.total, 12); // debtor messages minus one per negotiation: 2 + 3 + 1 + 2 + 1 + 3
  assert.equal(t.counts[ix('Anger')][ix('Anger')], 2);
  assert.equal(t.counts[ix('Anger')][ix('Sadness')], 2);
  assert.equal(t.counts[ix('Anger')][ix('Disgust')], 3);
  assert.equal(t.counts[ix('Anger')][ix('Joy')], 2);
  assert.equal(t.counts[ix('Anger')][ix('Neutral')], 1);
  assert.equal(t.counts[ix('Disgust')][ix('Anger')], 2);
  assert.equal(t.rowTotals[ix('Anger')], 10);
  assert.equal(t.proportions[ix('Disgust')][ix('Anger')], 1);
  assert.deepEqual(t.rowLabels, [...EMOTIONS]);
});

test("debtorTransitions(turns, { source: 'detected' }) reads the detector's labels instead", () => {
  const t = debtorTransitions(run.turns.filter((r) => r.policy === VANILLA), { source: 'detected' });
  // Vanilla detections: Anger Disgust Sadness | Anger Disgust Neutral (failure) Anger.
  assert.equal(t.total, 5);
  assert.equal(t.counts[ix('Anger')][ix('Disgust')], 2);
  assert.equal(t.counts[ix('Disgust')][ix('Sadness')], 1);
  assert.equal(t.counts[ix('Disgust')][ix('Neutral')], 1);
  assert.equal(t.counts[ix('Neutral')][ix('Anger')], 1);
});

test('creditorTransitions(turns) pairs consecutive creditor emotions within a negotiation and skips null (vanilla)', () => {
  const rows = [
    turn({ negotiationId: 'n1', turn: 1, chosen: 'Joy' }), turn({ negotiationId: 'n1', turn: 3, chosen: 'Anger' }), turn({ negotiationId: 'n1', turn: 2, chosen: 'Anger' }),
    turn({ negotiationId: 'n2', turn: 1, chosen: null }), turn({ negotiationId: 'n2', turn: 2, chosen: 'Joy' }), turn({ negotiationId: 'n2', turn: 3, chosen: 'Fear' }),
  ];
  const t = creditorTransitions(rows);
  assert.equal(t.total, 3);
  assert.equal(t.counts[ix('Joy')][ix('Anger')], 1);
  assert.equal(t.counts[ix('Anger')][ix('Anger')], 1);
  assert.equal(t.counts[ix('Joy')][ix('Fear')], 1);
  assert.equal(creditorTransitions(run.turns.filter((r) => r.policy === VANILLA)).total, 0);
  assert.equal(creditorTransitions(run.turns).total, 7); // HMM policies: decisions minus one, 1 + 2 + 1 + 3
});

test('creditorDebtorContingency(turns) crosses the creditor emotion with the debtor reply to it', () => {
  const rows = [
    turn({ chosen: 'Anger', replyTrueEmotion: 'Fear', replyDetected: 'Neutral' }),
    turn({ chosen: 'Anger', replyTrueEmotion: 'Anger' }),
    turn({ chosen: 'Joy', replyTrueEmotion: 'Joy', replyDetected: 'Joy' }),
    turn({ chosen: null, replyTrueEmotion: 'Joy' }),
    turn({ chosen: 'Joy', replyTrueEmotion: null }),
  ];
  const t = creditorDebtorContingency(rows);
  assert.equal(t.total, 3);
  assert.deepEqual(t.proportions[ix('Anger')].filter((v) => v > 0), [0.5, 0.5]);
  assert.equal(creditorDebtorContingency(rows, { source: 'detected' }).counts[ix('Anger')][ix('Neutral')], 1);
  // Fixture: every creditor message of an HMM policy got a reply; vanilla has no emotion.
  assert.equal(creditorDebtorContingency(run.turns).total, 11);
});
