import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryLogger } from '../../src/core/logger.ts';
import { createRng } from '../../src/core/rng.ts';
import { CategoricalHMM } from '../../src/hmm/CategoricalHMM.ts';
import { initTf } from '../../src/tf/backend.ts';
import { maxAbsDiff, paperSizedModel, sampleSequences, umbrella, wikipediaFever } from './helpers.ts';
import { noLeak } from './tfjs/tfHelpers.ts';

before(async () => { await initTf(); });

test('CategoricalHMM on the Wikipedia fever model: score, decode, predict, predictProba, filter', () => {
  const hmm = new CategoricalHMM(wikipediaFever);
  assert.equal(hmm.nStates, 2);
  assert.equal(hmm.nSymbols, 3);
  assert.ok(Math.abs(Math.exp(hmm.score([0, 1, 2])) - 0.03628) < 1e-12);
  // A list of sequences scores as the sum; P(dizzy) = 0.6 * 0.1 + 0.4 * 0.6 = 0.3.
  assert.ok(Math.abs(hmm.score([[0, 1, 2], [2]]) - (Math.log(0.03628) + Math.log(0.3))) < 1e-12);
  assert.deepEqual(hmm.scoreEach([[0, 1, 2], [2]]).map(Math.exp).map((v) => Number(v.toFixed(6))), [0.03628, 0.3]);
  assert.deepEqual(hmm.decode([0, 1, 2]).path, [0, 0, 1]);
  assert.deepEqual(hmm.predict([0, 1, 2]), [0, 0, 1]);
  for (const row of hmm.predictProba([0, 1, 2])) assert.ok(Math.abs(row[0] + row[1] - 1) < 1e-12);
  assert.equal(hmm.filter([0, 1, 2]).length, 3);
});

test('CategoricalHMM.filterStep(belief, symbol) walked over a sequence equals filter(sequence) (umbrella: 0.818, 0.883)', () => {
  const hmm = new CategoricalHMM(umbrella);
  const obs = [0, 0, 1, 0, 0];
  const rows: number[][] = [];
  let b: number[] | null = null;
  for (const o of obs) { b = hmm.filterStep(b, o); rows.push(b); }
  assert.ok(maxAbsDiff(rows, hmm.filter(obs)) < 1e-14);
  assert.ok(Math.abs(rows[1][0] - 0.8834) < 5e-5);
  assert.throws(() => hmm.filterStep(null, 2), /CategoricalHMM\.filterStep: symbol is 2, expected an integer in 0\.\.1/);
});

test('CategoricalHMM engine tfjs gives the reference answers to float32 tolerance, without tensor leaks', () => {
  const p = paperSizedModel(7);
  const seqs = sampleSequences(p, createRng('facade-tf'), 5, 3, 30);
  const ref = new CategoricalHMM(p);
  const tfm = new CategoricalHMM(p, { engine: 'tfjs' });
  noLeak(() => {
    assert.ok(Math.abs(tfm.score(seqs) - ref.score(seqs)) < 1e-4);
    assert.ok(maxAbsDiff(tfm.predictProba(seqs[0]), ref.predictProba(seqs[0])) < 5e-6);
    assert.ok(maxAbsDiff(tfm.filter(seqs[1]), ref.filter(seqs[1])) < 5e-6);
    assert.ok(Math.abs(tfm.decode(seqs[2]).logProb - ref.decode(seqs[2]).logProb) < 1e-4);
  });
});

test('CategoricalHMM.random(n, m, { randomState }) and sample() are reproducible; sampling without a seed throws', () => {
  const a = CategoricalHMM.random(4, 7, { randomState: 0 });
  const b = CategoricalHMM.random(4, 7, { randomState: 0 });
  assert.deepEqual(a.params, b.params);
  const first = a.sample(20);
  assert.deepEqual(first, b.sample(20));
  assert.notDeepEqual(a.sample(20), first); // the model's stream advances, like numpy's RandomState
  assert.throws(() => CategoricalHMM.random(4, 7), /CategoricalHMM\.random: options\.randomState and options\.rng are both undefined/);
  assert.throws(() => new CategoricalHMM(wikipediaFever).sample(5), /CategoricalHMM\.sample: no random source/);
});

test('CategoricalHMM.fit(sequences) improves the score and keeps the monitor; partialFit learns online', () => {
  const truth = paperSizedModel(8);
  const seqs = sampleSequences(truth, createRng('facade-fit'), 50, 5, 30);
  const logger = memoryLogger();
  const hmm = CategoricalHMM.random(4, 7, { randomState: 3, logger, fit: { nIter: 15 } });
  const before = hmm.score(seqs);
  assert.equal(hmm.fit(seqs), hmm);
  assert.ok(hmm.score(seqs) > before);
  assert.equal(hmm.monitor!.history.length, hmm.monitor!.iter);
  assert.deepEqual(logger.warnings, []);
  const online = new CategoricalHMM(truth, { online: { forgetting: 0.9 } });
  online.partialFit(seqs.slice(0, 2)).partialFit(seqs.slice(2, 3));
  assert.equal(online.online!.nUpdates, 2);
  assert.equal(online.online!.forgetting, 0.9);
  assert.equal(online.params, online.online!.params);
});

test('CategoricalHMM.toJSON() / fromJSON() round-trips parameters and online state through JSON text', () => {
  const hmm = new CategoricalHMM(paperSizedModel(9));
  hmm.partialFit(sampleSequences(hmm.params, createRng('json'), 3, 5, 10));
  const back = CategoricalHMM.fromJSON(JSON.parse(JSON.stringify(hmm)));
  assert.deepEqual(back.params, hmm.params);
  assert.deepEqual(back.online, hmm.online);
  assert.deepEqual(back.toJSON(), hmm.toJSON());
});

test('CategoricalHMM rejects invalid parameters and JSON, naming what is wrong', () => {
  assert.throws(() => new CategoricalHMM({ ...wikipediaFever, transMat: [[0.7, 0.3], [0.45, 0.6]] }), /CategoricalHMM: transMat row 1 sums to 1\.05/);
  const json = new CategoricalHMM(wikipediaFever).toJSON();
  assert.throws(() => CategoricalHMM.fromJSON({ ...json, startprob: [1, 0] }), /hmmFromJSON: field \(root\)/);
  assert.throws(() => CategoricalHMM.fromJSON({ ...json, version: 2 }), /hmmFromJSON: field version = 2/);
  assert.throws(() => CategoricalHMM.fromJSON({ ...json, emissionProb: [[1, 0, 0], [0.5, 0.6, 0]] }), /hmmFromJSON: emissionProb row 1 sums to 1\.1/);
});
