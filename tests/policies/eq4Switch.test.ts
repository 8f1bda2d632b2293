import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq4Switch } from '../../src/policies/eq4Switch.ts';

test('eq4Switch(history, {k: 4, n: 5}) counts over all emotions while fewer than n are observed', () => {
  assert.deepEqual(eq4Switch(['Anger', 'Fear', 'Anger', 'Sadness'], { k: 4, n: 5 }), { active: true, negativeCount: 4, window: 4 });
  assert.deepEqual(eq4Switch(['Anger', 'Fear', 'Anger'], { k: 4, n: 5 }), { active: false, negativeCount: 3, window: 3 });
  assert.deepEqual(eq4Switch([], { k: 4, n: 5 }), { active: false, negativeCount: 0, window: 0 });
});

test('eq4Switch(history, {k: 4, n: 5}) looks only at the last n emotions', () => {
  // last five: Anger, Neutral, Anger, Fear, Disgust -> 4 negatives
  const h = ['Joy', 'Joy', 'Anger', 'Neutral', 'Anger', 'Fear', 'Disgust'] as const;
  assert.deepEqual(eq4Switch([...h], { k: 4, n: 5 }), { active: true, negativeCount: 4, window: 5 });
  // last five: Neutral, Anger, Fear, Disgust, Joy -> 3 negatives
  assert.deepEqual(eq4Switch([...h, 'Joy'], { k: 4, n: 5 }), { active: false, negativeCount: 3, window: 5 });
});

test('eq4Switch(history, {fullWindow: true}) needs n observed emotions (the 2503 rule, 3 of 5)', () => {
  assert.equal(eq4Switch(['Anger', 'Anger', 'Anger', 'Anger'], { k: 3, n: 5, fullWindow: true }).active, false);
  assert.equal(eq4Switch(['Joy', 'Anger', 'Anger', 'Anger', 'Joy'], { k: 3, n: 5, fullWindow: true }).active, true);
  assert.equal(eq4Switch(['Joy', 'Anger', 'Anger', 'Joy', 'Joy'], { k: 3, n: 5, fullWindow: true }).active, false);
});

test('eq4Switch counts exactly Sadness, Anger, Fear and Disgust as negative', () => {
  assert.equal(eq4Switch(['Joy', 'Surprise', 'Neutral'], { k: 1, n: 3 }).negativeCount, 0);
  assert.equal(eq4Switch(['Sadness', 'Anger', 'Fear', 'Disgust'], { k: 1, n: 4 }).negativeCount, 4);
});

test('eq4Switch rejects k > n and non-positive or non-integer k, n, naming the value', () => {
  assert.throws(() => eq4Switch([], { k: 6, n: 5 }), /eq4Switch: k = 6 exceeds n = 5/);
  assert.throws(() => eq4Switch([], { k: 0, n: 5 }), /eq4Switch: k = 0, expected a positive integer/);
  assert.throws(() => eq4Switch([], { k: 2, n: 2.5 }), /eq4Switch: n = 2.5/);
});
