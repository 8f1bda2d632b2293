import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEmotionLexicon, createLexiconDetector, lexiconScores } from '../../src/detect/lexiconDetector.ts';

const TSV = 'anger\tfurious\tmad\nrage\tmad\tlivid\njoy\thappy\tover_the_moon\nfear\tscared\nsurprise\twow\nsadness\tsad\ndisgust\tgross\n';
const MAPPING = [
  { category: 'anger', emotion: 'Anger', weight: 1 },
  { category: 'rage', emotion: 'Anger', weight: 0.5 },
  { category: 'joy', emotion: 'Joy', weight: 1 },
  { category: 'fear', emotion: 'Fear', weight: 1 },
] as const;

test('buildEmotionLexicon keeps the largest weight when a word is in several categories of one emotion', () => {
  const lex = buildEmotionLexicon(TSV, MAPPING);
  assert.equal(lex.get('mad')![2], 1);
  assert.equal(lex.get('livid')![2], 0.5);
  assert.equal(lex.has('wow'), false); // surprise is not in this mapping
  assert.throws(() => buildEmotionLexicon(TSV, [{ category: 'glee', emotion: 'Joy', weight: 1 }]), /category "glee" is not in the lexicon file/);
});

test('lexiconScores(text) sums weights over tokens and matches Empath multi-word terms joined by _', () => {
  const lex = buildEmotionLexicon(TSV, MAPPING);
  assert.deepEqual(lexiconScores('Mad, livid and over the moon', lex), [1, 0, 1.5, 0, 0, 0, 0]);
});

test('createLexiconDetector on the shipped Empath file: obvious words, Neutral when nothing matches', async () => {
  const d = await createLexiconDetector().detect(['I am furious with you', 'The invoice is attached', 'I am so scared']);
  assert.deepEqual(d.map((x) => x.emotion), ['Anger', 'Neutral', 'Fear']);
  assert.ok(d.every((x) => x.ok && x.scores?.length === 7));
});

test('createLexiconDetector breaks exact ties by EMOTIONS order (Joy before Anger before Fear)', async () => {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'eqn-lex-'));
  try {
    writeFileSync(join(dir, 'c.tsv'), TSV);
    const det = createLexiconDetector({ path: join(dir, 'c.tsv'), mapping: MAPPING });
    const d = await det.detect(['scared but happy', 'furious and scared']);
    assert.deepEqual(d.map((x) => x.emotion), ['Joy', 'Anger']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
