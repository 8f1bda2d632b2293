import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/detect/tokenize.ts';

test('tokenize(text) lower-cases, folds curly apostrophes and keeps ! ? and emoji as tokens', () => {
  assert.deepEqual(tokenize('I can’t PAY!! 😡'), ['i', "can't", 'pay', '!', '!', '😡']);
});

test('tokenize(text) keeps the [NAME] placeholder of GoEmotions whole and drops other punctuation', () => {
  assert.deepEqual(tokenize('[NAME], why... (seriously)?'), ['[name]', 'why', 'seriously', '?']);
});

test('tokenize(text) returns [] for empty or punctuation-only text', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(', ...'), []);
});

test('tokenize(text) keeps letters of other scripts and digits', () => {
  assert.deepEqual(tokenize('Café 10 días'), ['café', '10', 'días']);
});
