// Negotiations per second end to end through the experiment runner on the simulated backend:
// policies, protocol, detector, records and transcripts written (with fsync) to a temp folder.
// Usage: node --import tsx bench/negotiations.ts [--detector auto|tfjs|lexicon|oracle] [--scenarios N] [--concurrency N]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDependencies, parseExperiment, runExperiment } from '../src/runner/index.ts';

export interface NegotiationsBenchResult {
  negotiations: number;
  seconds: number;
  perSecond: number;
  detector: string;
  tfjsBackend: string;
  resultsBytes: number;
  transcriptsBytes: number;
}

/**
 * Run `scenarios` CRAD scenarios x 9 personas x 4 policies (vanilla, wsls, eq-negotiator in
 * paper-code and principled modes) x 1 seed through runExperiment into a temp folder and time it
 * (wall clock, the detector's set-up excluded by a warm-up run).
 */
export async function runNegotiationsBench(options: { detector?: string; scenarios?: number; concurrency?: number } = {}): Promise<NegotiationsBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-bench-'));
  try {
    const experiment = (output: string, count: number) => parseExperiment({
      name: 'bench',
      scenarios: { source: 'crad', count },
      personas: 'all',
      policies: ['vanilla', 'wsls', 'eq-negotiator/paper-code', 'eq-negotiator/principled'],
      seeds: [1],
      backend: { type: 'simulated' },
      detector: options.detector ?? 'auto',
      concurrency: options.concurrency ?? 4,
      output,
    }, { source: 'bench' });
    const dependencies = defaultDependencies();
    await runExperiment(experiment(join(dir, 'warm-up'), 2), { dependencies });
    const out = join(dir, 'run');
    const t0 = performance.now();
    const result = await runExperiment(experiment(out, options.scenarios ?? 25), { dependencies });
    const seconds = (performance.now() - t0) / 1000;
    return {
      negotiations: result.ran,
      seconds,
      perSecond: result.ran / seconds,
      detector: result.manifest.detector.name,
      tfjsBackend: result.manifest.detector.tfjsBackend,
      resultsBytes: statSync(join(out, 'results.jsonl')).size,
      transcriptsBytes: statSync(join(out, 'transcripts.jsonl')).size,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { detector: { type: 'string' }, scenarios: { type: 'string' }, concurrency: { type: 'string' } } });
  const r = await runNegotiationsBench({
    ...(values.detector ? { detector: values.detector } : {}),
    ...(values.scenarios ? { scenarios: Number(values.scenarios) } : {}),
    ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
  });
  const kb = (b: number) => `${(b / r.negotiations / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `negotiations: ${r.negotiations} in ${r.seconds.toFixed(2)} s = ${r.perSecond.toFixed(0)} negotiations/s end to end ` +
    `(simulated backend, detector ${r.detector}${r.tfjsBackend === 'not used' ? '' : `, tfjs ${r.tfjsBackend}`}; ` +
    `per negotiation: record ${kb(r.resultsBytes)}, transcript ${kb(r.transcriptsBytes)})\n`,
  );
}
