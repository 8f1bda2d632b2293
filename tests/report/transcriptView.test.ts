import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Transcript } from '../../src/negotiation/events.ts';
import { transcriptView } from '../../src/report/transcriptView.ts';
import { fixtureTranscripts } from './fixtureRun.ts';

const ID = 'crad-001|threatening|eq-negotiator/principled|sim-creditor|sim-debtor|s1';

test('transcriptView(events) lists every message with its coordinates and outcome', () => {
  const events = fixtureTranscripts().get(ID)!;
  const view = transcriptView(events);
  const end = events.find((e) => e.type === 'end')!;
  assert.equal(view.negotiationId, ID);
  assert.deepEqual([view.scenarioId, view.persona, view.policy, view.seed], ['crad-001', 'threatening', 'eq-negotiator/principled', 1]);
  assert.equal(view.messages.length, events.filter((e) => e.type === 'message').length);
  assert.equal(end.type === 'end' && end.messages, view.messages.length);
  assert.equal(view.outcome, end.type === 'end' ? end.outcome : null);
});

test('transcriptView(events) joins detections to debtor messages and decisions to creditor messages by index', () => {
  const events = fixtureTranscripts().get(ID)!;
  const view = transcriptView(events);
  for (const m of view.messages) {
    if (m.role === 'debtor') {
      const det = events.find((e) => e.type === 'detection' && e.index === m.index);
      assert.equal(m.detected, det?.type === 'detection' ? det.emotion : null);
      assert.notEqual(m.trueEmotion, null, 'the simulated backend logs the true emotion');
      assert.notEqual(m.trueState, null);
      assert.equal(m.branch, null);
    } else {
      const dec = events.find((e) => e.type === 'decision' && e.index === m.index);
      assert.ok(dec?.type === 'decision');
      assert.equal(m.branch, dec.trace.branch);
      assert.equal(m.creditorEmotion, dec.trace.chosen);
      assert.equal(m.belief?.length, 4);
      assert.ok(Math.abs(m.belief!.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    }
  }
});

test('transcriptView(events) turns judge, guard, failure and manipulation events into flags on their message', () => {
  const events: Transcript = [
    { type: 'start', negotiationId: 'n', scenarioId: 's', persona: 'cheating', policy: 'vanilla', seed: 0, backend: 'ollama', creditorModel: 'c', debtorModel: 'd', creditorTargetDays: 10, debtorTargetDays: 60, creditorMaxDays: 90 },
    { type: 'message', index: 0, role: 'creditor', text: 'Pay in 10 days.', offerDays: 10, creditorEmotion: null },
    { type: 'message', index: 1, role: 'debtor', text: '<b>never</b>', offerDays: null },
    { type: 'detection', index: 1, detector: 'llm', emotion: 'Neutral', ok: false, raw: '???' },
    { type: 'manipulation', index: 1, role: 'debtor', pattern: 'false promise', excerpt: 'never' },
    { type: 'failure', index: 1, kind: 'schema', message: 'no emotion' },
    { type: 'judge', index: 1, judge: 'llm', agree: false, days: null, reason: 'no agreement' },
    { type: 'end', outcome: 'breakdown', finalDays: null, messages: 2, reason: 'cap' },
  ];
  const view = transcriptView(events);
  assert.deepEqual(view.messages[1].flags, ['manipulation (debtor): false promise', 'failure schema: no emotion', 'judge llm: vetoes: no agreement']);
  assert.equal(view.messages[1].detectorOk, false);
  assert.equal(view.messages[1].trueEmotion, null);
  assert.equal(view.messages[1].text, '<b>never</b>', 'text is data; the page writes it with textContent');
  assert.throws(() => transcriptView(events.slice(1)), /transcriptView: the transcript has no start event/);
});
