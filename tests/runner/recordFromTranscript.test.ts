import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Transcript } from '../../src/negotiation/events.ts';
import { recordFromTranscript } from '../../src/runner/recordFromTranscript.ts';
import type { RecordCoordinates } from '../../src/runner/records.ts';

const coordinates: RecordCoordinates = {
  negotiationId: 'crad-001|angry|vanilla|a|b|s1', chainId: 'angry|vanilla|a|b|s1', chain: 0, position: 0,
  scenarioId: 'crad-001', scenarioSource: 'crad', persona: 'angry', policy: 'vanilla', policyName: 'vanilla', hmmMode: null,
  seed: 1, backend: 'fake', creditorModel: 'a', debtorModel: 'b', detector: 'lexicon',
};
const snapshot = { policy: 'vanilla', version: 1 as const, state: null };
const start = {
  type: 'start', negotiationId: coordinates.negotiationId, scenarioId: 'crad-001', persona: 'angry', policy: 'vanilla', seed: 1,
  backend: 'fake', creditorModel: 'a', debtorModel: 'b', creditorTargetDays: 12, debtorTargetDays: 159, creditorMaxDays: 90,
} as const;

test('recordFromTranscript(events) computes collection rate, multiple and counts for an agreement', () => {
  const events: Transcript = [
    start,
    { type: 'detection', index: 1, detector: 'lexicon', emotion: 'Anger', ok: true, trueEmotion: 'Anger' },
    { type: 'detection', index: 3, detector: 'lexicon', emotion: 'Neutral', ok: false, trueEmotion: 'Fear' },
    { type: 'manipulation', index: 3, role: 'debtor', pattern: 'threat', excerpt: 'lawyer' },
    { type: 'guard', index: 4, rule: 'max-days', detail: 'capped' },
    { type: 'judge', index: 5, judge: 'gap', agree: false, days: null, reason: 'no' },
    { type: 'end', outcome: 'accept', finalDays: 24, messages: 12, reason: 'agreed' },
  ];
  const r = recordFromTranscript(events, { coordinates, snapshot });
  assert.equal(r.success, true);
  assert.equal(r.finalDays, 24);
  assert.equal(r.collectionRate, 0.5);
  assert.equal(r.debtCollectionMultiple, 2);
  assert.equal(r.messages, 12);
  assert.deepEqual([r.detections, r.detectorFailures, r.detectionsCorrect, r.manipulations, r.guards, r.judgeVetoes], [2, 1, 1, 1, 1, 1]);
  assert.equal(r.creditorTargetDays, 12);
  assert.equal(r.policySnapshot, snapshot);
});

test('recordFromTranscript(events) gives collection rate 0 and no multiple on a breakdown; caps the rate at 1', () => {
  const failed = recordFromTranscript([start, { type: 'end', outcome: 'breakdown', finalDays: null, messages: 30, reason: 'cap' }], { coordinates, snapshot });
  assert.deepEqual([failed.success, failed.finalDays, failed.collectionRate, failed.debtCollectionMultiple, failed.detectionsCorrect], [false, null, 0, null, null]);
  const fast = recordFromTranscript([start, { type: 'end', outcome: 'accept', finalDays: 6, messages: 4, reason: 'ok' }], { coordinates, snapshot });
  assert.equal(fast.collectionRate, 1);
  assert.equal(fast.debtCollectionMultiple, 0.5);
});

test('recordFromTranscript(events) names the negotiation when the transcript has no end, or an agreement without days', () => {
  assert.throws(() => recordFromTranscript([start], { coordinates, snapshot }), /crad-001\|angry\|vanilla\|a\|b\|s1 has no end event/);
  assert.throws(
    () => recordFromTranscript([start, { type: 'end', outcome: 'accept', finalDays: null, messages: 4, reason: 'ok' }], { coordinates, snapshot }),
    /accepted with finalDays = null/,
  );
});

test('recordFromTranscript(events) keeps no timestamps or durations (records are byte-stable)', () => {
  const r = recordFromTranscript([start, { type: 'end', outcome: 'breakdown', finalDays: null, messages: 30, reason: 'cap' }], { coordinates, snapshot });
  assert.ok(Object.keys(r).every((k) => !/time|Time|duration|Duration|Ms$|At$/.test(k)), Object.keys(r).join());
});
