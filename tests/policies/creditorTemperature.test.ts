import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditorTemperature } from '../../src/policies/types.ts';

test('creditorTemperature(turn) = max(0.1, 0.7 * 0.95^turn), turn counted from 1', () => {
  assert.ok(Math.abs(creditorTemperature(1) - 0.665) < 1e-15);
  assert.ok(Math.abs(creditorTemperature(10) - 0.7 * 0.95 ** 10) < 1e-15);
  // 0.7 * 0.95^37 = 0.10492 > 0.1; 0.7 * 0.95^38 = 0.09968 < 0.1
  assert.ok(creditorTemperature(37) > 0.1);
  assert.equal(creditorTemperature(38), 0.1);
  assert.equal(creditorTemperature(1000), 0.1);
});

test('creditorTemperature is non-increasing in the turn', () => {
  for (let t = 1; t < 60; t++) assert.ok(creditorTemperature(t + 1) <= creditorTemperature(t));
});
