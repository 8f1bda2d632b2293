import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumberWords } from '../../src/negotiation/parseNumberWords.ts';

test('parseNumberWords(words) reads English cardinals 0-999', () => {
  const known: Array<[string, number]> = [
    ['zero', 0], ['seven', 7], ['thirteen', 13], ['thirty', 30], ['twenty-one', 21], ['ninety nine', 99],
    ['hundred', 100], ['a hundred', 100], ['one hundred and twenty', 120], ['two hundred ten', 210], ['nine hundred ninety-nine', 999],
    ['a', 1], ['an', 1], ['next', 1], ['a couple of', 2],
  ];
  for (const [w, n] of known) assert.equal(parseNumberWords(w), n, w);
});

test('parseNumberWords(words) is null for malformed sequences', () => {
  for (const w of ['thirty twenty', 'ten five', 'twenty zero', 'hundred hundred', 'seven eight', 'days', '']) assert.equal(parseNumberWords(w), null, w);
});
