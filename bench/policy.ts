// Per-turn decision latency of the creditor policies (goal: < 0.2 ms per decision).
// Usage: node --import tsx bench/policy.ts [decisions=100000]
// Plays 12-decision negotiations against a seeded debtor that is negative two times in three (so
// the Eq. 4 switch fires often), learns after each, and times every decide() call alone.
import { EMOTIONS, type Emotion } from '../src/core/emotions.ts';
import { loadPaperParameters } from '../src/core/paperParameters.ts';
import { createRng } from '../src/core/rng.ts';
import { createPolicy, type PolicyOptions } from '../src/policies/createPolicy.ts';

const decisions = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(decisions) || decisions < 100) throw new Error(`bench/policy: decisions = ${process.argv[2]}, expected an integer >= 100`);
const params = loadPaperParameters();
const NEGATIVE = ['Sadness', 'Anger', 'Fear', 'Disgust'] as const;
const TURNS = 12;

function measure(spec: string, options: PolicyOptions): { median: number; p99: number; mean: number; hmmShare: number } {
  const policy = createPolicy(spec, { params, ...options });
  const root = createRng(2025);
  const times = new Float64Array(decisions);
  let hmm = 0;
  let n = 0;
  const warmup = Math.min(10_000, decisions);
  for (let e = 0; n < decisions + warmup; e++) {
    const rng = root.fork(`negotiation-${e}`);
    const debtor = rng.fork('debtor');
    policy.reset({ rng });
    for (let t = 0; t < TURNS && n < decisions + warmup; t++) {
      const d: Emotion | null = t === 0 ? null : debtor.next() < 0.66 ? debtor.choice(NEGATIVE) : debtor.choice(EMOTIONS);
      const start = process.hrtime.bigint();
      const trace = policy.decide(d);
      const ns = Number(process.hrtime.bigint() - start);
      if (n >= warmup) {
        times[n - warmup] = ns;
        if (trace.branch === 'hmm') hmm++;
      }
      n++;
    }
    policy.learn({ success: debtor.next() < 0.5 });
  }
  const sorted = times.slice().sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
  return { median: q(0.5), p99: q(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length / 1e6, hmmShare: hmm / decisions };
}

const rows: [string, string, PolicyOptions][] = [
  ['eq-negotiator', 'paper-code', { hmmMode: 'paper-code' }],
  ['eq-negotiator', 'principled', { hmmMode: 'principled' }],
  ['eq-negotiator', '2503', { hmmMode: '2503' }],
  ['hmm-only', 'paper-code', { hmmMode: 'paper-code' }],
  ['hmm-only', 'principled', { hmmMode: 'principled' }],
  ['hmm-only', '2503', { hmmMode: '2503' }],
];
process.stdout.write(`decide() latency over ${decisions} decisions after ${Math.min(10_000, decisions)} warm-up, node ${process.version}\n`);
process.stdout.write('policy          mode        median ms   p99 ms     mean ms    HMM-branch share  goal < 0.2 ms\n');
for (const [spec, mode, options] of rows) {
  const r = measure(spec, options);
  const ok = r.p99 < 0.2 ? 'met (p99)' : r.median < 0.2 ? 'met (median only)' : 'MISSED';
  process.stdout.write(
    `${spec.padEnd(15)} ${mode.padEnd(11)} ${r.median.toFixed(5).padStart(9)}  ${r.p99.toFixed(5).padStart(9)}  ${r.mean.toFixed(5).padStart(9)}  ${(100 * r.hmmShare).toFixed(1).padStart(15)}%  ${ok}\n`,
  );
}
