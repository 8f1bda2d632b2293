import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluateOfferExtraction } from '../../src/negotiation/evaluateOfferExtraction.ts';
import { loadRecordedDialogues } from '../../src/negotiation/loadRecordedDialogues.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/negotiation/${name}`, import.meta.url));

test('evaluateOfferExtraction(dialogues) counts a hand-checked file exactly', () => {
  // d1: recorded 30, 60, 60, null, null; extracted 30 (133 days is past), 60, 45 (60 rejected), 50, null.
  // d2: recorded 21, 90; extracted 21, null.
  const r = evaluateOfferExtraction(loadRecordedDialogues({ path: fixture('dialogues-small.jsonl') }));
  assert.equal(r.dialogues, 2);
  const { exactRate, withinOneDayRate, ...counts } = r.turns;
  assert.deepEqual(counts, { turns: 7, recorded: 5, exact: 3, withinOneDay: 3, extractedNull: 1, recordedNull: 2, extractedWhereRecordedNull: 1 });
  assert.equal(exactRate, 0.6);
  assert.equal(withinOneDayRate, 0.6);
  // d1 accepted at 48 days: the mean of the last extracted offers (45, 50) rounds half to even to 48;
  // the recorded offers (60, 60) give 60.
  assert.deepEqual(r.final.find((f) => f.rule === 'mean'), { rule: 'mean', accepted: 1, matchesExtracted: 1, matchesRecorded: 0, matchesBoth: 0 });
  assert.deepEqual(r.disagreements.map((d) => [d.dialogueId, d.turn]), [['d1', 3], ['d1', 4], ['d2', 2]]);
});

test('evaluateOfferExtraction(authors\' 302 dialogues) agrees with the recorded offer on at least 98% of turns (measured 98.98%)', () => {
  const r = evaluateOfferExtraction(loadRecordedDialogues());
  assert.equal(r.dialogues, 302);
  assert.equal(r.turns.turns, 5599);
  assert.equal(r.turns.recorded, 5491);
  // Measured: exact 5435 / 5491 = 98.98%, within one day 5436 / 5491. Most remaining disagreements are
  // recorder errors (the authors' parser took the first number: "58 days is far beyond ... I can move
  // to 52 days" was recorded as 58); see tests/fixtures/negotiation/adjudicated-offers.json.
  assert.ok(r.turns.exactRate >= 0.98, `exact rate ${r.turns.exactRate}`);
  assert.ok(r.turns.withinOneDayRate >= 0.98, `within-one-day rate ${r.turns.withinOneDayRate}`);
  assert.ok(r.byRole.debtor.exactRate >= 0.99, `debtor exact rate ${r.byRole.debtor.exactRate}`);
});

test('evaluateOfferExtraction(authors\' dialogues) reproduces the recorded final days where the mean rule explains them (measured 157 of 161)', () => {
  const r = evaluateOfferExtraction(loadRecordedDialogues());
  const mean = r.final.find((f) => f.rule === 'mean');
  assert.ok(mean);
  assert.equal(mean.accepted, 219);
  // The authors' mean rule explains all 119 EmoDebt and 40 EmoMAS accepted dialogues (plus 2 EvoEmo);
  // EvoEmo's final days follow no rule on the offers. The 4 misses are EmoDebt turns whose recorded
  // offer was the rejected number ("better than 100 days ... a 96-day timeline" recorded as 100).
  assert.equal(mean.matchesRecorded, 161);
  assert.ok(mean.matchesBoth / mean.matchesRecorded >= 0.95, `${mean.matchesBoth} / ${mean.matchesRecorded}`);
  const emomas = r.finalByProject.emomas.find((f) => f.rule === 'mean');
  assert.deepEqual(emomas, { rule: 'mean', accepted: 40, matchesExtracted: 40, matchesRecorded: 40, matchesBoth: 40 });
});

test('loadRecordedDialogues({ path }) names the file, line, field and value of a bad record', () => {
  const path = fixture('dialogues-bad.jsonl');
  assert.throws(() => loadRecordedDialogues({ path }), (err: Error) => {
    assert.equal(err.message, `${path}: line 2: field turns.0.requested_days = undefined: Invalid input: expected number, received undefined`);
    return true;
  });
});
