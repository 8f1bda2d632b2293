// Benchmark of the categorical HMM: TensorFlow.js batch kernels next to the float64 plain-TypeScript
// reference, in the same process, at the paper's sizes (4 hidden states, 7 emotions).
// Run: node --import tsx bench/hmm.ts   (prints figures; asserts nothing; about a minute)
import { loadPaperParameters } from '../src/core/paperParameters.ts';
import { createRng } from '../src/core/rng.ts';
import { fitHmm } from '../src/hmm/fitHmm.ts';
import { randomHmmParams } from '../src/hmm/randomHmmParams.ts';
import { filterStep } from '../src/hmm/reference/filterStep.ts';
import { forwardLog } from '../src/hmm/reference/forwardLog.ts';
import { forwardScaled } from '../src/hmm/reference/forwardScaled.ts';
import { sampleHmm } from '../src/hmm/sampleHmm.ts';
import { forwardTf } from '../src/hmm/tfjs/forwardTf.ts';
import type { HmmParams } from '../src/hmm/types.ts';
import { initTf, tf } from '../src/tf/backend.ts';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Best of `reps` runs (the first tfjs call of a shape also compiles kernels: warm up first). */
function best<T>(reps: number, fn: () => T): { ms: number; value: T } {
  let out = time(fn);
  for (let i = 1; i < reps; i++) {
    const r = time(fn);
    if (r.ms < out.ms) out = r;
  }
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;

async function main(): Promise<void> {
  const report = await initTf();
  console.log(`tensorflow.js backend: ${report.backend} (tried ${report.tried.map((t) => `${t.name}:${t.ok ? 'ok' : 'no'}`).join(', ')})`);
  console.log(`node ${process.version}, ${process.arch}`);
  const paper = loadPaperParameters();
  const params: HmmParams = {
    startProb: paper.stateInitial,
    transMat: paper.stateTransition,
    emissionProb: randomHmmParams(4, 7, { rng: createRng('bench-emission') }).emissionProb,
  };
  const rng = createRng('bench');
  const seqs = Array.from({ length: 10_000 }, (_, i) => sampleHmm(params, 30, { rng: rng.fork(`seq-${i}`) }).observations);

  console.log('\n1. Forward log-likelihood, 10,000 sequences x 30 steps, 4 states, 7 symbols');
  forwardTf(params, seqs.slice(0, 100));
  const tfRun = best(3, () => forwardTf(params, seqs).logLikelihood);
  const refLog = best(3, () => seqs.map((s) => forwardLog(params, s).logLikelihood));
  const refScaled = best(3, () => seqs.map((s) => forwardScaled(params, s).logLikelihood));
  let maxDiff = 0;
  tfRun.value.forEach((v, i) => { maxDiff = Math.max(maxDiff, Math.abs(v - refLog.value[i])); });
  console.log(`   tfjs batched (float32, log space) ${fmt(tfRun.ms)}`);
  console.log(`   reference forwardLog (float64)    ${fmt(refLog.ms)}   tfjs / reference = ${(tfRun.ms / refLog.ms).toFixed(2)}`);
  console.log(`   reference forwardScaled (float64) ${fmt(refScaled.ms)}   tfjs / reference = ${(tfRun.ms / refScaled.ms).toFixed(2)}`);
  console.log(`   max |ll_tfjs - ll_reference| = ${maxDiff.toExponential(2)} (per-sequence ll ~ ${refLog.value[0].toFixed(1)})`);

  console.log('\n2. Baum-Welch, 1,000 sequences x 30 steps, 4 iterations from a random start');
  const train = seqs.slice(0, 1000);
  const init = randomHmmParams(4, 7, { rng: createRng('bench-init') });
  fitHmm(init, train.slice(0, 50), { nIter: 1, engine: 'tfjs' });
  const nIter = 4;
  const tfFit = time(() => fitHmm(init, train, { nIter, tol: 0, engine: 'tfjs' }));
  const refFit = time(() => fitHmm(init, train, { nIter, tol: 0 }));
  console.log(`   tfjs E-step      ${fmt(tfFit.ms / nIter)} per iteration`);
  console.log(`   reference E-step ${fmt(refFit.ms / nIter)} per iteration   tfjs / reference = ${(tfFit.ms / refFit.ms).toFixed(2)}`);
  const last = (h: readonly number[]) => h[h.length - 1];
  console.log(`   final log-likelihood: tfjs ${last(tfFit.value.monitor.history).toFixed(4)}, reference ${last(refFit.value.monitor.history).toFixed(4)}`);

  console.log('\n3. Per-turn filtering in plain TypeScript (filterStep, 4 states)');
  const columns = Array.from({ length: 7 }, (_, k) => params.emissionProb.map((r) => r[k]));
  const calls = 1_000_000;
  let belief = params.startProb.slice();
  const step = time(() => {
    for (let i = 0; i < calls; i++) belief = filterStep(belief, { transMat: params.transMat, likelihood: columns[i % 7] });
    return belief;
  });
  console.log(`   ${((step.ms * 1000) / calls).toFixed(3)} us per call (${calls.toLocaleString('en')} calls)`);
  console.log(`\ntensors alive at exit: ${tf.memory().numTensors}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
