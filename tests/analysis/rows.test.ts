import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectionRows } from '../../src/analysis/detectionRows.ts';
import type { RowCoordinates } from '../../src/analysis/rowCoordinates.ts';
import { turnRows } from '../../src/analysis/turnRows.ts';
import { groupRows } from '../../src/analysis/groupRows.ts';
import type { Transcript } from '../../src/negotiation/events.ts';
import type { DecisionTrace } from '../../src/policies/types.ts';

const coordinates: RowCoordinates = {
  negotiationId: 'n', chainId: 'c', chain: 0, position: 0, scenarioId: 's', persona: 'victim', policy: 'fixed:Joy', policyName: 'fixed:Joy',
  hmmMode: null, seed: 1, backend: 'simulated', creditorModel: 'cm', debtorModel: 'dm', detector: 'lexicon',
};
const trace = (turn: number, detected: DecisionTrace['detected']): DecisionTrace => ({ policy: 'fixed:Joy', turn, detected, branch: 'fixed', scores: null, chosen: 'Joy', temperature: 0.5 });

const events: Transcript = [
  { type: 'start', negotiationId: 'n', scenarioId: 's', persona: 'victim', policy: 'fixed:Joy', seed: 1, backend: 'simulated', creditorModel: 'cm', debtorModel: 'dm', creditorTargetDays: 10, debtorTargetDays: 50, creditorMaxDays: 40 },
  { type: 'decision', index: 0, trace: trace(1, 'Neutral') },
  { type: 'message', index: 0, role: 'creditor', text: '10 days', offerDays: 10, creditorEmotion: 'Joy' },
  { type: 'message', index: 1, role: 'debtor', text: 'no', offerDays: null, trueEmotion: 'Sadness', trueState: 'Distressed' },
  { type: 'detection', index: 1, detector: 'lexicon', emotion: 'Neutral', ok: false, trueEmotion: 'Sadness' },
  { type: 'decision', index: 2, trace: trace(2, 'Neutral') },
  { type: 'message', index: 2, role: 'creditor', text: 'no number', offerDays: null, creditorEmotion: 'Joy' },
  { type: 'message', index: 3, role: 'debtor', text: '30 days', offerDays: 30, trueEmotion: 'Fear', trueState: 'Strategic' },
  { type: 'detection', index: 3, detector: 'lexicon', emotion: 'Fear', ok: true, trueEmotion: 'Fear' },
  { type: 'decision', index: 4, trace: trace(3, 'Fear') },
  { type: 'message', index: 4, role: 'creditor', text: '12 days', offerDays: 12, creditorEmotion: 'Joy' },
  { type: 'end', outcome: 'breakdown', finalDays: null, messages: 5, reason: 'cap' },
];

test('turnRows(events) links each decision to the debtor message before it, its own creditor message and the reply', () => {
  const rows = turnRows(events, { coordinates, success: false });
  assert.deepEqual(rows.map((r) => [r.turn, r.observed, r.debtorIndex, r.trueDebtorEmotion, r.trueDebtorState, r.detectorOk]), [
    [1, false, null, null, null, null],
    [2, true, 1, 'Sadness', 'Distressed', false],
    [3, true, 3, 'Fear', 'Strategic', true],
  ]);
  assert.deepEqual(rows.map((r) => [r.creditorOffer, r.debtorOffer, r.replyTrueEmotion, r.replyDetected]), [
    [10, null, 'Sadness', 'Neutral'],
    [null, null, 'Fear', 'Fear'],
    [12, 30, null, null],
  ]);
  assert.ok(rows.every((r) => r.persona === 'victim' && r.success === false && r.belief === null && r.smoothed === null));
});

test('detectionRows(events) gives one row per detection with the truth and the failure flag', () => {
  const rows = detectionRows(events, { coordinates });
  assert.deepEqual(rows.map((r) => [r.index, r.detected, r.ok, r.trueEmotion, r.trueState, r.detectorName]), [
    [1, 'Neutral', false, 'Sadness', 'Distressed', 'lexicon'],
    [3, 'Fear', true, 'Fear', 'Strategic', 'lexicon'],
  ]);
});

test('groupRows(rows, by) keeps first-appearance order and input order within groups', () => {
  const g = groupRows([{ p: 'b', x: 1 }, { p: 'a', x: 2 }, { p: 'b', x: 3 }], ['p']);
  assert.deepEqual(g.map((x) => [x.key, x.rows.map((r) => r.x)]), [[{ p: 'b' }, [1, 3]], [{ p: 'a' }, [2]]]);
  assert.equal(groupRows([{ p: 1 }, { p: 2 }], []).length, 1);
  assert.deepEqual(groupRows([], ['p' as never]), []);
});
