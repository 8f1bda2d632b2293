// Shared fixtures for the HMM tests: published worked examples, brute-force enumeration, seeded random models.
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng, type Rng } from '../../src/core/rng.ts';
import { randomHmmParams } from '../../src/hmm/randomHmmParams.ts';
import { sampleHmm } from '../../src/hmm/sampleHmm.ts';
import type { HmmParams } from '../../src/hmm/types.ts';

/**
 * Wikipedia, "Viterbi algorithm", Example (states Healthy=0, Fever=1; observations normal=0,
 * cold=1, dizzy=2). Published answer for (normal, cold, dizzy): path Healthy, Healthy, Fever with
 * probability 0.01512.
 */
export const wikipediaFever: HmmParams = {
  startProb: [0.6, 0.4],
  transMat: [[0.7, 0.3], [0.4, 0.6]],
  emissionProb: [[0.5, 0.4, 0.1], [0.1, 0.3, 0.6]],
};

/**
 * Umbrella world: Russell & Norvig, "Artificial Intelligence: A Modern Approach" (3rd ed., 2010),
 * section 15.2; also Wikipedia, "Forward-backward algorithm", Example. States Rain=0, NoRain=1;
 * observations umbrella=0, no umbrella=1. The prior <0.5, 0.5> is stationary for this transition
 * matrix, so the book's predict-first convention and hmmlearn's pi*b convention agree.
 */
export const umbrella: HmmParams = {
  startProb: [0.5, 0.5],
  transMat: [[0.7, 0.3], [0.3, 0.7]],
  emissionProb: [[0.9, 0.1], [0.2, 0.8]],
};

/**
 * Ice-cream HMM: Jurafsky & Martin, "Speech and Language Processing" (3rd ed. draft), Appendix A,
 * Fig. A.2. States HOT=0, COLD=1; observations 1, 2, 3 ice creams = symbols 0, 1, 2.
 * Fig. A.5 (forward trellis for 3 1 3) gives alpha_1(HOT) = .32 and alpha_1(COLD) = .02.
 */
export const iceCream: HmmParams = {
  startProb: [0.8, 0.2],
  transMat: [[0.6, 0.4], [0.5, 0.5]],
  emissionProb: [[0.2, 0.4, 0.4], [0.5, 0.4, 0.1]],
};

/** Every state path of length T over N states. */
export function allPaths(n: number, T: number): number[][] {
  const out: number[][] = [];
  const path = new Array<number>(T).fill(0);
  const rec = (t: number) => {
    if (t === T) { out.push(path.slice()); return; }
    for (let s = 0; s < n; s++) { path[t] = s; rec(t + 1); }
  };
  rec(0);
  return out;
}

/** P(path, obs) by direct multiplication. */
export function jointProb(p: HmmParams, path: number[], obs: ArrayLike<number>): number {
  let q = p.startProb[path[0]] * p.emissionProb[path[0]][obs[0]];
  for (let t = 1; t < path.length; t++) q *= p.transMat[path[t - 1]][path[t]] * p.emissionProb[path[t]][obs[t]];
  return q;
}

/** Brute force over all N^T paths: likelihood, posteriors, best path, expected counts. */
export function bruteForce(p: HmmParams, obs: number[]) {
  const n = p.startProb.length;
  const m = p.emissionProb[0].length;
  const T = obs.length;
  let total = 0;
  let best = -1;
  let bestPath: number[] = [];
  const post = Array.from({ length: T }, () => new Array<number>(n).fill(0));
  const trans = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const emission = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  const start = new Array<number>(n).fill(0);
  for (const path of allPaths(n, T)) {
    const q = jointProb(p, path, obs);
    total += q;
    if (q > best) { best = q; bestPath = path; }
    start[path[0]] += q;
    path.forEach((s, t) => { post[t][s] += q; emission[s][obs[t]] += q; if (t > 0) trans[path[t - 1]][s] += q; });
  }
  const norm = (x: number[]) => x.map((v) => v / total);
  return {
    likelihood: total,
    posteriors: post.map(norm),
    bestPath,
    bestProb: best,
    start: norm(start),
    trans: trans.map(norm),
    emission: emission.map(norm),
  };
}

/** A seeded random model with random sizes in the given ranges, and sequences sampled from another one. */
export function randomCase(rng: Rng, opts: { states: [number, number]; symbols: [number, number] }) {
  const n = opts.states[0] + rng.int(opts.states[1] - opts.states[0] + 1);
  const m = opts.symbols[0] + rng.int(opts.symbols[1] - opts.symbols[0] + 1);
  return { n, m, params: randomHmmParams(n, m, { rng: rng.fork('params') }) };
}

/** `count` sequences with lengths drawn in [minLen, maxLen], sampled from `params`. */
export function sampleSequences(params: HmmParams, rng: Rng, count: number, minLen: number, maxLen: number): number[][] {
  return Array.from({ length: count }, (_, i) => {
    const len = minLen + rng.int(maxLen - minLen + 1);
    return sampleHmm(params, len, { rng: rng.fork(`seq-${i}`) }).observations;
  });
}

/** Largest absolute entry-wise difference of two equally shaped matrices. */
export function maxAbsDiff(a: ArrayLike<ArrayLike<number>>, b: ArrayLike<ArrayLike<number>>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a[i].length; j++) d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
  return d;
}

/**
 * The paper's 4-state debtor model (data/paper-parameters.json: initial distribution and
 * transition matrix) with a seeded random 7-emotion emission matrix (the paper publishes none).
 */
export function paperSizedModel(seed = 0): HmmParams {
  const paper = loadPaperParameters();
  const p = randomHmmParams(4, 7, { rng: createRng(seed) });
  return { startProb: paper.stateInitial, transMat: paper.stateTransition, emissionProb: p.emissionProb };
}
