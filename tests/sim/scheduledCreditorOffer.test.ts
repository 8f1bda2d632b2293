import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduledCreditorOffer } from '../../src/sim/scheduledCreditorOffer.ts';

const base = { targetDays: 10, maxDays: 90, creditorMessages: 15, exponent: 2 };

test('scheduledCreditorOffer(k) opens at the target and reaches the max on the last creditor message', () => {
  assert.equal(scheduledCreditorOffer(0, base), 10);
  assert.equal(scheduledCreditorOffer(14, base), 90);
  assert.equal(scheduledCreditorOffer(30, base), 90);
});

test('scheduledCreditorOffer(k) is a non-decreasing integer, never above floor(max), for any exponent', () => {
  for (const exponent of [0.5, 1, 2, 4]) {
    for (const maxDays of [10, 10.7, 33, 90]) {
      let prev = -Infinity;
      for (let k = 0; k < 20; k++) {
        const o = scheduledCreditorOffer(k, { ...base, exponent, maxDays });
        assert.ok(Number.isInteger(o) && o >= prev && o <= Math.floor(maxDays), `exponent ${exponent}, max ${maxDays}, k ${k}: ${o}`);
        prev = o;
      }
    }
  }
});

test('scheduledCreditorOffer(k) with exponent 2 concedes a quarter of the range halfway (7/14)', () => {
  assert.equal(scheduledCreditorOffer(7, base), 30);
});

test('scheduledCreditorOffer(k) rejects a negative k, naming it', () => {
  assert.throws(() => scheduledCreditorOffer(-1, base), /scheduledCreditorOffer: k must be a non-negative integer, got -1/);
});
