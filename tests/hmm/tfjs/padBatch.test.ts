import { test } from 'node:test';
import assert from 'node:assert/strict';
import { padBatch } from '../../../src/hmm/tfjs/padBatch.ts';

test('padBatch(sequences, nSymbols) lays sequences out time-major with symbol 0 and mask 0 on padding', () => {
  const b = padBatch([[1, 2, 0], [2]], 3);
  assert.equal(b.batchSize, 2);
  assert.equal(b.maxLength, 3);
  assert.deepEqual(Array.from(b.lengths), [3, 1]);
  assert.deepEqual(Array.from(b.obs), [1, 2, 2, 0, 0, 0]);
  assert.deepEqual(Array.from(b.mask), [1, 1, 1, 0, 1, 0]);
});

test('padBatch(sequences, nSymbols) rejects an empty batch and names bad symbols', () => {
  assert.throws(() => padBatch([], 3), /padBatch: sequences is empty/);
  assert.throws(() => padBatch([[0], [1, 3]], 3, 'forwardTf'), /forwardTf: sequence 1 position 1 is 3, expected an integer in 0\.\.2/);
});
