import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy } from '../../src/detect/accuracy.ts';
import { classScores } from '../../src/detect/classScores.ts';
import { classificationReport } from '../../src/detect/classificationReport.ts';
import { confusionMatrix } from '../../src/detect/confusionMatrix.ts';
import { macroF1 } from '../../src/detect/macroF1.ts';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} != ${b}`);

test('confusionMatrix(gold, predicted, k) matches scikit-learn confusion_matrix docstring example', () => {
  // sklearn.metrics.confusion_matrix docs: y_true = [2, 0, 2, 2, 0, 1], y_pred = [0, 0, 2, 2, 0, 2]
  assert.deepEqual(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], 3), [[2, 0, 0], [0, 0, 1], [1, 0, 2]]);
});

test('classScores(confusion) matches scikit-learn classification_report docstring example', () => {
  // sklearn.metrics.classification_report docs: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1]
  // class 0: p 0.50 r 1.00 f1 0.67; class 1: 0 0 0; class 2: p 1.00 r 0.67 f1 0.80; accuracy 0.60; macro f1 0.49
  const cm = confusionMatrix([0, 1, 2, 2, 2], [0, 0, 2, 2, 1], 3);
  const s = classScores(cm);
  assert.deepEqual(s.precision, [0.5, 0, 1]);
  close(s.recall[2], 2 / 3);
  close(s.f1[0], 2 / 3);
  close(s.f1[2], 0.8);
  assert.deepEqual(s.support, [1, 1, 3]);
  close(accuracy(cm), 0.6);
  close(macroF1(cm), (2 / 3 + 0 + 0.8) / 3); // 0.4889, printed 0.49 by scikit-learn
});

test('macroF1(confusion) matches scikit-learn f1_score(average="macro") docstring example', () => {
  // sklearn.metrics.f1_score docs: y_true = [0, 1, 2, 0, 1, 2], y_pred = [0, 2, 1, 0, 0, 1]
  // average='macro' -> 0.26666..., average=None -> [0.8, 0, 0]
  const cm = confusionMatrix([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], 3);
  close(macroF1(cm), 0.26666666666666666);
  assert.deepEqual(classScores(cm).f1.map((f) => Number(f.toFixed(12))), [0.8, 0, 0]);
});

test('macroF1(confusion) averages only classes present in gold or predictions, like scikit-learn labels=None', () => {
  const cm = confusionMatrix([0, 0, 1], [0, 0, 1], 7);
  assert.equal(macroF1(cm), 1);
  assert.ok(Number.isNaN(macroF1(confusionMatrix([], [], 3))));
});

test('classScores(confusion) gives 0, not NaN, for a class never predicted (scikit-learn zero_division default)', () => {
  const s = classScores(confusionMatrix([0, 1], [0, 0], 2));
  assert.equal(s.precision[1], 0);
  assert.equal(s.f1[1], 0);
});

test('confusionMatrix rejects mismatched lengths and out-of-range classes, naming the index and value', () => {
  assert.throws(() => confusionMatrix([0], [0, 1], 2), /gold has 1 items but predicted has 2/);
  assert.throws(() => confusionMatrix([0, 3], [0, 1], 3), /gold\[1\] = 3/);
  assert.throws(() => confusionMatrix([0], [-1], 3), /predicted\[0\] = -1/);
});

test('classificationReport(gold, predicted) reports per-emotion scores in EMOTIONS order', () => {
  const r = classificationReport([0, 6, 6, 2], [0, 6, 0, 2]);
  assert.equal(r.n, 4);
  assert.equal(r.accuracy, 0.75);
  assert.deepEqual(r.perClass.map((c) => c.emotion), ['Joy', 'Sadness', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral']);
  assert.equal(r.perClass[6].recall, 0.5);
  close(r.macroF1, (2 / 3 + 1 + 2 / 3) / 3);
});
