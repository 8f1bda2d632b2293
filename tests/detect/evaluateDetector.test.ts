import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Emotion } from '../../src/core/emotions.ts';
import { evaluateDetector } from '../../src/detect/evaluateDetector.ts';
import { scoreDetections } from '../../src/detect/scoreDetections.ts';
import { confusionToCsv, formatReport, reportToCsv } from '../../src/detect/formatReport.ts';
import type { LabelledText } from '../../src/detect/labelledText.ts';
import type { EmotionDetector } from '../../src/detect/types.ts';

const item = (labels: Emotion[], line: number): LabelledText => ({ text: `t${line}`, labels, file: 'f', line });
const ITEMS = [item(['Joy'], 1), item(['Joy', 'Neutral'], 2), item(['Anger'], 3), item(['Fear', 'Sadness'], 4)];
const PRED: Emotion[] = ['Joy', 'Neutral', 'Anger', 'Sadness'];

test('scoreDetections(items, predicted, { multiLabel }) applies the first, drop and any rules to multi-label items', () => {
  assert.equal(scoreDetections(ITEMS, PRED, { multiLabel: 'first' }).accuracy, 0.5);
  const drop = scoreDetections(ITEMS, PRED, { multiLabel: 'drop' });
  assert.equal(drop.n, 2);
  assert.equal(drop.accuracy, 1);
  assert.equal(scoreDetections(ITEMS, PRED, { multiLabel: 'any' }).accuracy, 1);
  assert.throws(() => scoreDetections(ITEMS, PRED.slice(1)), /4 items but 3 predictions/);
});

test('evaluateDetector batches texts, counts failed detections and scores their fallback emotion', async () => {
  const calls: number[] = [];
  const scripted: EmotionDetector = {
    name: 'scripted',
    async detect(texts) {
      calls.push(texts.length);
      return texts.map((t) => (t === 't3' ? { emotion: 'Neutral', ok: false, error: 'unparseable' } : { emotion: PRED[Number(t.slice(1)) - 1], ok: true }));
    },
  };
  const e = await evaluateDetector(scripted, ITEMS, { batchSize: 3 });
  assert.deepEqual(calls, [3, 1]);
  assert.equal(e.failures, 1);
  assert.deepEqual(e.predictions, ['Joy', 'Neutral', 'Neutral', 'Sadness']);
  assert.equal(e.report.accuracy, 0.25);
  const broken: EmotionDetector = { name: 'broken', detect: async () => [] };
  await assert.rejects(evaluateDetector(broken, ITEMS), /detector broken returned 0 detections for 4 texts/);
});

test('formatReport, reportToCsv and confusionToCsv show every emotion with its scores and counts', () => {
  const r = scoreDetections(ITEMS, PRED);
  const text = formatReport(r);
  assert.match(text, /n = 4 {3}accuracy = 0\.5000 {3}macro-F1 = /);
  assert.match(text, /Neutral +0\.0000 +0\.0000 +0\.0000 +0/);
  const csv = reportToCsv(r).trim().split('\n');
  assert.equal(csv[0], 'emotion,precision,recall,f1,support');
  assert.equal(csv[1], 'Joy,1,0.5,0.6666666666666666,2');
  assert.equal(csv.length, 10);
  const cm = confusionToCsv(r).trim().split('\n');
  assert.equal(cm[0], 'gold\\predicted,Joy,Sadness,Anger,Fear,Surprise,Disgust,Neutral');
  assert.equal(cm[1], 'Joy,1,0,0,0,0,0,1');
});
