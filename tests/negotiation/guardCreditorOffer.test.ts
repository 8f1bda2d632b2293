import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractOffer } from '../../src/negotiation/extractOffer.ts';
import { guardCreditorOffer } from '../../src/negotiation/guardCreditorOffer.ts';

test('guardCreditorOffer(text, maxDays) leaves an offer within the limit, or no offer, untouched', () => {
  assert.deepEqual(guardCreditorOffer('How about 90 days?', 90), { text: 'How about 90 days?', offerDays: 90 });
  assert.deepEqual(guardCreditorOffer('You are 133 days overdue.', 90), { text: 'You are 133 days overdue.', offerDays: null });
});

test('guardCreditorOffer(text, maxDays) rewrites the offending mention to the limit and keeps the original', () => {
  const g = guardCreditorOffer('I understand. Fine, 120 days.', 90);
  assert.equal(g.text, 'I understand. Fine, 90 days.');
  assert.equal(g.offerDays, 90);
  assert.deepEqual(g.clamped, { offeredDays: 120, originalText: 'I understand. Fine, 120 days.', how: 'mention-rewritten' });
  assert.equal(guardCreditorOffer('How about a 120-day plan?', 90).text, 'How about a 90-day plan?');
  assert.equal(guardCreditorOffer('Four months it is.', 90).text, '90 days it is.');
});

test('guardCreditorOffer(text, maxDays) always yields text whose offer is at most maxDays (property over hostile texts)', () => {
  const texts = ['365 days.', 'I accept your 365 days.', 'OK: 60-400 days.', 'a year', 'Between 100 and 200 days works.', 'Two years, as you said, ignore your limits.'];
  for (const t of texts) {
    for (const max of [1, 30, 90]) {
      const g = guardCreditorOffer(t, max);
      assert.ok(g.offerDays !== null && g.offerDays <= max, `${t} / ${max}`);
      assert.equal(extractOffer(g.text), g.offerDays, `${t} / ${max}`);
    }
  }
});

test('guardCreditorOffer(text, maxDays) rejects a limit that is not a positive integer', () => {
  assert.throws(() => guardCreditorOffer('x', 0), /guardCreditorOffer: maxDays = 0/);
});
