import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractOffer, extractOfferDetailed } from '../../src/negotiation/extractOffer.ts';
import { extractOfferMentions } from '../../src/negotiation/extractOfferMentions.ts';

const cases: Array<[string, number | null]> = [
  // units and number forms
  ['Can you pay in 45 days?', 45],
  ['I need a 106-day timeline.', 106],
  ['Two weeks is the best I can do.', 14],
  ['How about 3 months?', 90],
  ['Within a month, please.', 30],
  ['Within the next week.', 7],
  ['thirty days', 30],
  ['I could manage twenty-one days.', 21],
  ['one hundred and twenty days', 120],
  ['a couple of weeks', 14],
  ['a month and a half', 45],
  ['two and a half weeks', 18],
  ['1.5 weeks', 11],
  ['I can pay within 30 business days.', 30],
  ['Give me a year.', 365],
  // ranges read as their upper end
  ['Somewhere in 60-90 days.', 90],
  ['between 60 and 90 days', 90],
  ['two to three weeks', 21],
  ['60 or 90 days', 90],
  ['moving from 100 to 80 days', 80],
  // the last offer mention wins
  ['45 days? No, let us say 50 days.', 50],
  ['I need two months, or at least 50 days.', 50],
  // numbers that describe the past or are not offers
  ['This account is 133 days overdue.', null],
  ['After 45 days late, I expect payment in 10 days.', 10],
  ['In the past 30 days you paid nothing. Pay within 14 days.', 14],
  ['It has been 60 days since the invoice.', null],
  ["I've been waiting for 30 days.", null],
  ['He paid a year later.', null],
  ['I have been asking for 60 days.', 60],
  ['We owe $15,700 in 2 payments.', null],
  ['The last payment was on 2025-03-29.', null],
  ['I have paid $500 a day.', null],
  ['The next day I called you.', null],
  // rejected and quoted numbers
  ['100 days is far too long; 60 days works.', 60],
  ['How about 60 days? 100 days is too long.', 60],
  ['We can do 45 days instead of 60 days.', 45],
  ['I accept your 90 days.', 90],
  ['I understand you asked for 90 days, but I can offer 40 days.', 40],
  ['10 days is simply too long for this balance.', null],
  ['I need no longer than 30 days.', 30],
];

for (const [text, expected] of cases) {
  test(`extractOffer(${JSON.stringify(text)}) is ${expected}`, () => {
    assert.equal(extractOffer(text), expected);
  });
}

test('extractOfferMentions(text) reports every mention with its kind, span, unit and range', () => {
  const text = 'You are 133 days overdue; 100 days is too long, but 60-90 days works.';
  const mentions = extractOfferMentions(text);
  assert.deepEqual(mentions.map((m) => [m.text, m.kind, m.rule, m.days, m.unit]), [
    ['133 days', 'past', 'past-after', 133, 'day'],
    ['100 days', 'rejected', 'rejected-after', 100, 'day'],
    ['60-90 days', 'offer', undefined, 90, 'day'],
  ]);
  assert.deepEqual(mentions[2].range, [60, 90]);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('extractOfferDetailed(text) returns the chosen mention and falls back to a quoted number only when there is no offer', () => {
  const a = extractOfferDetailed('Your 90 days works for us.');
  assert.equal(a.days, 90);
  assert.equal(a.chosen?.kind, 'reference');
  const b = extractOfferDetailed('Your 90 days is too long. We need 30 days.');
  assert.equal(b.days, 30);
  assert.equal(b.chosen?.kind, 'offer');
});

test('extractOffer(`${n} days`) is n and extractOffer(`${n} weeks`) is 7n for n = 1..400 (property)', () => {
  for (let n = 1; n <= 400; n++) {
    assert.equal(extractOffer(`Let us agree on ${n} days.`), n);
    assert.equal(extractOffer(`Let us agree on ${n} weeks.`), 7 * n);
  }
});

test('extractOffer(text) is a positive whole number of days read from one of the mentions, or null (invariant)', () => {
  const texts = cases.map(([t]) => t);
  for (const t of texts) {
    const d = extractOfferDetailed(t);
    if (d.days === null) continue;
    assert.ok(Number.isInteger(d.days) && d.days > 0, t);
    assert.ok(d.mentions.includes(d.chosen as never), t);
  }
});

test('extractOffer(text) reads real LLM messages as adjudicated by hand (28 turns of the authors\' dialogues)', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/negotiation/adjudicated-offers.json', import.meta.url), 'utf8')) as {
    cases: Array<{ source: string; text: string; expected: number | null }>;
  };
  assert.equal(fixture.cases.length, 28);
  for (const c of fixture.cases) assert.equal(extractOffer(c.text), c.expected, c.source);
});
