import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asSequenceList } from '../../src/hmm/asSequenceList.ts';
import { decodeHmm } from '../../src/hmm/decodeHmm.ts';
import { filterHmm } from '../../src/hmm/filterHmm.ts';
import { predictProbaHmm } from '../../src/hmm/predictProbaHmm.ts';
import { scoreEachHmm, scoreHmm } from '../../src/hmm/scoreHmm.ts';
import { wikipediaFever } from './helpers.ts';

test('asSequenceList(x) treats a list of numbers as one sequence and a list of lists as many', () => {
  assert.deepEqual(asSequenceList([0, 1]), [[0, 1]]);
  assert.deepEqual(asSequenceList([[0], [1]]), [[0], [1]]);
  assert.deepEqual(asSequenceList(Int32Array.from([2])), [Int32Array.from([2])]);
  assert.throws(() => asSequenceList(3 as unknown as number[], 'scoreHmm'), /scoreHmm: sequences is 3/);
});

test('scoreHmm(params, sequences) sums scoreEachHmm and rejects an empty list and an unknown engine', () => {
  const each = scoreEachHmm(wikipediaFever, [[0, 1, 2], [2], [1, 1]]);
  assert.equal(scoreHmm(wikipediaFever, [[0, 1, 2], [2], [1, 1]]), each[0] + each[1] + each[2]);
  assert.throws(() => scoreHmm(wikipediaFever, []), /scoreHmm: sequences is empty/);
  assert.throws(() => scoreHmm(wikipediaFever, [0], { engine: 'gpu' as 'tfjs' }), /scoreHmm: options\.engine is "gpu"/);
  assert.throws(() => scoreHmm(wikipediaFever, [[0], [3]]), /scoreHmm: sequence 1 position 0 is 3/);
});

test('filterHmm, predictProbaHmm and decodeHmm name themselves in errors; filterHmm throws on an impossible sequence', () => {
  const p = { startProb: [1, 0], transMat: [[1, 0], [0, 1]], emissionProb: [[1, 0], [0, 1]] };
  assert.throws(() => filterHmm(p, [0, 0, 1]), /filterHmm: the sequence has probability 0 under the model \(no state path explains it up to position 2\)/);
  assert.throws(() => predictProbaHmm(p, [0, 1]), /predictProbaHmm: the sequence has probability 0/);
  assert.equal(decodeHmm(p, [0, 1]).logProb, -Infinity);
  assert.throws(() => decodeHmm(p, [2]), /decodeHmm: sequence 0 position 0 is 2/);
});
