import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/core/dataPath.ts';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { isSimCorpusLine, normalizeCorpusText } from '../../src/sim/corpusSplit.ts';
import { buildSimCorpus, countWords, XED_LABELS } from '../../src/sim/buildSimCorpus.ts';
import { loadSimCorpus, parseSimCorpus } from '../../src/sim/simCorpus.ts';

const annotated = readFileSync(dataPath('emotion', 'xed-en', 'en-annotated.tsv'), 'utf8');
const neutral = readFileSync(dataPath('emotion', 'xed-en', 'neu_en.txt'), 'utf8');

/** Every label XED gives a normalised text, read straight from the files (independent of the builder). */
function xedLabels(): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  const add = (text: string, label: string) => {
    const key = normalizeCorpusText(text);
    if (!labels.has(key)) labels.set(key, new Set());
    labels.get(key)!.add(label);
  };
  for (const line of annotated.split('\n')) {
    const [text, ids] = line.replace(/\r$/, '').split('\t');
    if (ids !== undefined) add(text, ids.replace(/\s/g, ''));
  }
  for (const line of neutral.split('\n')) {
    const [mark, text] = line.split('\t');
    if (mark === '9' && text) add(text, 'neutral');
  }
  return labels;
}

test('every pool line is held out from the detector (isSimCorpusLine) and carries its XED label', () => {
  const corpus = loadSimCorpus();
  const labels = xedLabels();
  const idOf: Record<Emotion, string> = { Anger: '1', Disgust: '3', Fear: '4', Joy: '5', Sadness: '6', Surprise: '7', Neutral: 'neutral' };
  let n = 0;
  for (const e of EMOTIONS) {
    assert.ok(corpus.sentences[e].length >= 100, `${e}: ${corpus.sentences[e].length} lines`);
    for (const line of corpus.sentences[e]) {
      n++;
      assert.ok(isSimCorpusLine(line), `not held out: ${line}`);
      assert.deepEqual([...(labels.get(normalizeCorpusText(line)) ?? [])], [idOf[e]], `label of ${JSON.stringify(line)}`);
      const words = countWords(line);
      assert.ok(words >= 4 && words <= 30, `${words} words: ${line}`);
      assert.ok(!/\d/.test(line), `digit in ${line}`);
    }
  }
  assert.ok(n > 2000);
});

test('the shipped pool equals a fresh deterministic build from data/emotion/xed-en', () => {
  assert.deepEqual(loadSimCorpus().sentences, buildSimCorpus(annotated, neutral).sentences);
});

test('buildSimCorpus(tsv, neu) keeps single labels, drops anticipation, trust, multi-label and conflicting lines', () => {
  // Lines chosen so that every one is held out; checked first so the test cannot pass vacuously.
  const pick = (prefix: string) => {
    for (let i = 0; ; i++) if (isSimCorpusLine(`${prefix} number ${'x'.repeat(i)} here`)) return `${prefix} number ${'x'.repeat(i)} here`;
  };
  const [a, b, c, d, e, f] = ['you make me furious', 'I cannot wait for it', 'I trust you with this', 'so sad and angry now', 'what a lovely day', 'nothing happening at all'].map(pick);
  const tsv = [`${a}\t1`, `${b}\t2`, `${c}\t8`, `${d}\t1, 6`, `${e}\t5`, `${e}\t6`, `${f}\t5`].join('\r\n');
  const neu = `9\t${f}\n9\tok .\n`;
  const built = buildSimCorpus(tsv, neu).sentences;
  assert.deepEqual(built.Anger, [a]);
  assert.deepEqual([...built.Joy, ...built.Sadness, ...built.Neutral, ...built.Fear], [], 'e conflicts, f conflicts, "ok ." too short');
  assert.equal(XED_LABELS[2], null);
  assert.equal(XED_LABELS[8], null);
});

test('corpus.short(emotion, maxWords) returns only short lines, or all lines when none is that short', () => {
  const corpus = loadSimCorpus();
  const short = corpus.short('Anger', 6);
  assert.ok(short.length > 0 && short.every((s) => countWords(s) <= 6));
  assert.equal(corpus.short('Anger', 1), corpus.sentences.Anger);
});

test('parseSimCorpus(raw) names the source and the field of a missing emotion', () => {
  const raw = JSON.parse(readFileSync(dataPath('sim-corpus', 'sentences.json'), 'utf8'));
  delete raw.sentences.Fear;
  assert.throws(() => parseSimCorpus(raw, { source: 'pool.json' }), /pool\.json: field sentences\.Fear = undefined/);
});
