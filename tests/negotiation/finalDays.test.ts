import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finalDays, roundHalfEven } from '../../src/negotiation/finalDays.ts';
import { loadRecordedDialogues } from '../../src/negotiation/loadRecordedDialogues.ts';

test('roundHalfEven(x) rounds ties to the even neighbour like Python round()', () => {
  // Python 3: round(97.5) == 98, round(98.5) == 98, round(0.5) == 0, round(1.5) == 2, round(2.4) == 2.
  assert.deepEqual([97.5, 98.5, 0.5, 1.5, 2.4, 2.6, 7].map(roundHalfEven), [98, 98, 0, 2, 2, 3, 7]);
});

test('finalDays(rule, offers) applies the mean, debtor and creditor rules', () => {
  assert.equal(finalDays('mean', { creditor: 95, debtor: 100 }), 98);
  assert.equal(finalDays('mean', { creditor: 60, debtor: 63 }), 62);
  assert.equal(finalDays('debtor', { creditor: 60, debtor: 63 }), 63);
  assert.equal(finalDays('creditor', { creditor: 60, debtor: 63 }), 60);
});

test('finalDays(rule, offers) names a bad rule or offer', () => {
  assert.throws(() => finalDays('median' as never, { creditor: 1, debtor: 2 }), /finalDays: unknown rule "median"/);
  assert.throws(() => finalDays('mean', { creditor: 0, debtor: 2 }), /finalDays: offers\.creditor = 0, expected a positive number/);
  assert.throws(() => finalDays('mean', { creditor: 1, debtor: Number.NaN }), /offers\.debtor = NaN/);
});

test("finalDays('mean') on the recorded last offers gives the recorded final days of all 159 accepted EmoDebt and EmoMAS dialogues", () => {
  let n = 0;
  for (const d of loadRecordedDialogues()) {
    if (d.final_state !== 'accept' || d.project === 'evoemo') continue;
    const last = (role: string) => d.turns.filter((t) => t.role === role && t.requested_days !== null).at(-1)?.requested_days as number;
    assert.equal(finalDays('mean', { creditor: last('creditor'), debtor: last('debtor') }), d.final_days, d.id);
    n++;
  }
  assert.equal(n, 159);
});
