import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectTranscripts } from '../../src/report/selectTranscripts.ts';

const rows = ['a', 'b'].flatMap((persona) => ['p', 'q', 'r'].flatMap((policy) => [1, 2, 3].map((s) => ({ negotiationId: `${persona}|${policy}|${s}`, persona, policy }))));

test('selectTranscripts(rows, { max }) keeps every negotiation when they fit', () => {
  assert.deepEqual(selectTranscripts(rows, { max: 18 }), rows.map((r) => r.negotiationId));
});

test('selectTranscripts(rows, { max }) samples every (persona, policy) cell in turn, in run order', () => {
  const six = selectTranscripts(rows, { max: 6 });
  assert.deepEqual(six, ['a|p|1', 'a|q|1', 'a|r|1', 'b|p|1', 'b|q|1', 'b|r|1']);
  const eight = selectTranscripts(rows, { max: 8 });
  assert.deepEqual(eight, ['a|p|1', 'a|p|2', 'a|q|1', 'a|q|2', 'a|r|1', 'b|p|1', 'b|q|1', 'b|r|1']);
  assert.deepEqual(selectTranscripts(rows, { max: 8 }), eight, 'deterministic');
  assert.deepEqual(selectTranscripts(rows, { max: 0 }), []);
  assert.throws(() => selectTranscripts(rows, { max: 1.5 }), /selectTranscripts: options.max = 1.5/);
});
