import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng } from '../../src/core/rng.ts';
import { baumWelchSteps } from '../../src/hmm/baumWelchSteps.ts';
import { createOnlineHmm, updateOnlineHmm } from '../../src/hmm/onlineHmm.ts';
import { pseudoCountsFromParams } from '../../src/hmm/pseudoCounts.ts';
import { maxAbsDiff, paperSizedModel, sampleSequences } from './helpers.ts';

test('createOnlineHmm(params) starts from the given parameters with no counts (no pre-training)', () => {
  const p = paperSizedModel();
  const s = createOnlineHmm(p);
  assert.deepEqual(s.params, p);
  assert.notEqual(s.params.transMat, p.transMat); // a copy
  assert.equal(s.nUpdates, 0);
  assert.ok(s.counts.trans.flat().every((v) => v === 0));
  assert.deepEqual(s.pseudoCounts, pseudoCountsFromParams(p, 10));
});

test('updateOnlineHmm(state, seqs) without forgetting equals one MAP EM step with the same pseudo-counts', () => {
  const p = paperSizedModel(4);
  const seqs = sampleSequences(p, createRng('online-em'), 5, 5, 20);
  const online = updateOnlineHmm(createOnlineHmm(p, { priorStrength: 3 }), seqs);
  const em = baumWelchSteps(p, seqs, { pseudoCounts: pseudoCountsFromParams(p, 3) }).next().value;
  assert.ok(maxAbsDiff(online.params.transMat, em.params.transMat) < 1e-14);
  assert.ok(maxAbsDiff(online.params.emissionProb, em.params.emissionProb) < 1e-14);
  assert.equal(online.nUpdates, 1);
});

test('updateOnlineHmm does not modify its input, and forgetting scales past counts before adding new ones', () => {
  const p = paperSizedModel(5);
  const rng = createRng('online-forget');
  const a = sampleSequences(p, rng.fork('a'), 1, 10, 10);
  const b = sampleSequences(p, rng.fork('b'), 1, 10, 10);
  const s0 = createOnlineHmm(p, { forgetting: 0.5 });
  const s1 = updateOnlineHmm(s0, a);
  const snapshot = JSON.stringify(s1);
  const s2 = updateOnlineHmm(s1, b);
  assert.equal(JSON.stringify(s1), snapshot);
  assert.ok(s0.counts.start.every((v) => v === 0));
  // Counts after two updates = 0.5 * counts(a) + counts(b | params after a).
  const fresh = updateOnlineHmm({ ...s1, counts: { start: [0, 0, 0, 0], trans: s1.counts.trans.map((r) => r.map(() => 0)), emission: s1.counts.emission.map((r) => r.map(() => 0)) } }, b);
  const expected = s1.counts.trans.map((r, i) => r.map((v, j) => 0.5 * v + fresh.counts.trans[i][j]));
  assert.ok(maxAbsDiff(s2.counts.trans, expected) < 1e-12);
  assert.throws(() => createOnlineHmm(p, { forgetting: 0 }), /createOnlineHmm: options\.forgetting is 0, expected a number in \(0, 1\]/);
});

test('online learning from a flat start moves the emission model towards the generating one over 300 negotiations', () => {
  const truth = { startProb: [0.5, 0.5], transMat: [[0.9, 0.1], [0.1, 0.9]], emissionProb: [[0.7, 0.2, 0.1], [0.1, 0.2, 0.7]] };
  const start = { startProb: [0.5, 0.5], transMat: [[0.8, 0.2], [0.2, 0.8]], emissionProb: [[0.4, 0.3, 0.3], [0.3, 0.3, 0.4]] };
  const seqs = sampleSequences(truth, createRng('online-learn'), 300, 10, 30);
  let s = createOnlineHmm(start, { priorStrength: 5, forgetting: 0.99 });
  const before = maxAbsDiff(s.params.emissionProb, truth.emissionProb);
  for (const seq of seqs) s = updateOnlineHmm(s, [seq]);
  const after = maxAbsDiff(s.params.emissionProb, truth.emissionProb);
  assert.ok(after < 0.1 && after < before / 2, `before ${before}, after ${after}`);
  // Pseudo-counts keep every probability strictly positive.
  assert.ok(s.params.emissionProb.flat().every((v) => v > 0));
});
