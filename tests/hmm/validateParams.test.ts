import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateParams } from '../../src/hmm/validateParams.ts';
import { validateSequences } from '../../src/hmm/validateSequences.ts';
import { wikipediaFever } from './helpers.ts';

test('validateParams(params) returns the sizes of a valid model', () => {
  assert.deepEqual(validateParams(wikipediaFever), { nStates: 2, nSymbols: 3 });
});

test('validateParams(params) accepts rows summing to 1 within 1e-6 and rejects 1 + 2e-6', () => {
  assert.doesNotThrow(() => validateParams({ ...wikipediaFever, startProb: [0.6 + 9e-7, 0.4] }));
  assert.throws(() => validateParams({ ...wikipediaFever, startProb: [0.6 + 2e-6, 0.4] }, 'f'), /^Error: f: startProb sums to 1\.00000(19|2)\d*, expected 1 \(tolerance 1e-6\)$/);
});

test('validateParams(params) names the matrix, row and sum of a non-stochastic row', () => {
  const transMat = [[0.7, 0.3], [0.45, 0.6]];
  assert.throws(() => validateParams({ ...wikipediaFever, transMat }, 'scoreHmm'), /scoreHmm: transMat row 1 sums to 1\.05\d*, expected 1/);
  const emissionProb = [[0.5, 0.4, 0.1], [0.1, 0.3, 0.5]];
  assert.throws(() => validateParams({ ...wikipediaFever, emissionProb }), /emissionProb row 1 sums to 0\.9\d*, expected 1/);
});

test('validateParams(params) rejects negative, NaN and misshapen entries, naming them', () => {
  assert.throws(() => validateParams({ ...wikipediaFever, transMat: [[1.1, -0.1], [0.4, 0.6]] }), /transMat row 0 entry 1 is -0\.1/);
  assert.throws(() => validateParams({ ...wikipediaFever, startProb: [Number.NaN, 1] }), /startProb entry 0 is NaN/);
  assert.throws(() => validateParams({ ...wikipediaFever, transMat: [[1]] }), /transMat has 1 rows, expected 2/);
  assert.throws(() => validateParams({ ...wikipediaFever, emissionProb: [[0.5, 0.5], [0.1, 0.3, 0.6]] }), /emissionProb row 1 has length 3, expected 2/);
});

test('validateSequences(sequences, nSymbols) names the sequence index, position and value of a bad symbol', () => {
  assert.doesNotThrow(() => validateSequences([[0, 1, 2], [2]], 3));
  assert.throws(() => validateSequences([[0, 1], [2, 0, 0, 0, 0, 9]], 3, 'scoreHmm'), /^Error: scoreHmm: sequence 1 position 5 is 9, expected an integer in 0\.\.2$/);
  assert.throws(() => validateSequences([[0, -1]], 3), /sequence 0 position 1 is -1/);
  assert.throws(() => validateSequences([[0.5]], 3), /sequence 0 position 0 is 0\.5/);
  assert.throws(() => validateSequences([[0], []], 3), /sequence 1 is empty/);
});
