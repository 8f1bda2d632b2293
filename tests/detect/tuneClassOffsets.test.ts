import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/core/rng.ts';
import { tuneClassOffsets } from '../../src/detect/tuneClassOffsets.ts';

/** Probabilities biased towards class 0, so the rare classes are under-predicted. */
function biased(n: number, seed: number): { probs: Float32Array; gold: number[] } {
  const rng = createRng(seed);
  const probs = new Float32Array(n * 7);
  const gold: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = rng.int(7);
    gold.push(g);
    const row = Array.from({ length: 7 }, (_, c) => Math.exp(rng.normal() + (c === g ? 1.2 : 0) + (c === 0 ? 1.5 : 0)));
    const s = row.reduce((a, b) => a + b, 0);
    row.forEach((v, c) => (probs[i * 7 + c] = v / s));
  }
  return { probs, gold };
}

test('tuneClassOffsets raises macro-F1 on its slice when one class is over-predicted, by lowering that class', () => {
  const { probs, gold } = biased(700, 1);
  const r = tuneClassOffsets(probs, gold);
  assert.ok(r.macroF1 > r.baseline + 0.05, `${r.baseline} -> ${r.macroF1}`);
  assert.ok(r.offsets[0] < Math.min(...r.offsets.slice(1)));
});

test('tuneClassOffsets is deterministic and never returns a worse macro-F1 than no offsets', () => {
  const { probs, gold } = biased(300, 2);
  assert.deepEqual(tuneClassOffsets(probs, gold), tuneClassOffsets(probs, gold));
  const calibrated = biased(300, 3);
  const r = tuneClassOffsets(calibrated.probs, calibrated.gold, { grid: [0, 0.5, -0.5] });
  assert.ok(r.macroF1 >= r.baseline);
  assert.throws(() => tuneClassOffsets(new Float32Array(6), [0]), /probabilities has 6 values, expected 1 x 7/);
});
