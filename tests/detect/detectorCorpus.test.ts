import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSimCorpusLine } from '../../src/sim/corpusSplit.ts';
import { loadDetectorCorpus } from '../../src/detect/detectorCorpus.ts';

test('loadDetectorCorpus({ xed: "drop" }) never contains an XED line reserved for the simulated debtor', () => {
  const corpus = loadDetectorCorpus({ xed: 'drop' });
  const xed = corpus.items.filter((t) => t.file.includes('xed-en'));
  assert.equal(xed.length, corpus.counts.xedAnnotated + corpus.counts.xedNeutral);
  assert.ok(xed.length > 15_000);
  assert.equal(xed.filter((t) => isSimCorpusLine(t.text)).length, 0);
  assert.ok(corpus.counts.xedSimLinesExcluded > 3_000);
  assert.ok(xed.every((t) => t.labels.length > 0));
});

test('loadDetectorCorpus reads GoEmotions train only (never dev) and { xed: "none" } leaves XED out', () => {
  const corpus = loadDetectorCorpus({ xed: 'none' });
  assert.equal(corpus.items.length, 43_410);
  assert.ok(corpus.items.every((t) => t.file.endsWith('goemotions-ekman/train.tsv')));
});

test('loadDetectorCorpus({ xed: "map" }) keeps the lines that "drop" loses to anticipation and trust', () => {
  const drop = loadDetectorCorpus({ xed: 'drop' }).counts;
  const map = loadDetectorCorpus({ xed: 'map' }).counts;
  assert.ok(map.xedAnnotated > drop.xedAnnotated);
  assert.ok(map.xedSimLinesExcluded > drop.xedSimLinesExcluded); // the extra lines are split the same way
  assert.equal(map.xedNeutral, drop.xedNeutral);
});
