import { resolve } from 'node:path';
import type { Backend } from '../agents/types.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import type { EmotionDetector } from '../detect/types.ts';
import type { RunnerDependencies } from './dependencies.ts';
import { environmentInfo } from './environmentInfo.ts';
import { expandGrid } from './expandGrid.ts';
import { writeManifest, type RunIdentity, type RunManifest } from './manifest.ts';
import { ORACLE_DETECTOR } from './oracleBackend.ts';
import type { Experiment } from './parseExperiment.ts';
import { silentProgress, type ProgressReporter } from './progressReporter.ts';
import { openResultsFolder, type ResultRow } from './resultsFolder.ts';
import { runChain } from './runChain.ts';
import { runPool } from './runPool.ts';
import { selectScenarios } from './selectScenarios.ts';
import { withDetector } from './withDetector.ts';

export interface RunOptions {
  dependencies: RunnerDependencies;
  logger?: Logger;
  progress?: ProgressReporter;
  /** Stop starting negotiations once aborted; those under way finish and are written. */
  signal?: AbortSignal;
  /** Run at most this many negotiations in this session (the rest on the next start). */
  limit?: number;
  /** Overrides the experiment's concurrency (does not change results). */
  concurrency?: number;
  /** Overrides the experiment's output folder. */
  output?: string;
  /** Wall clock for the manifest's times (default: now). */
  clock?: () => Date;
}

export interface RunResult {
  /** Absolute path of the results folder. */
  dir: string;
  experiment: Experiment;
  /** Every finished negotiation (this session and earlier ones), sorted by chain and position. */
  rows: ResultRow[];
  total: number;
  /** Negotiations run in this session. */
  ran: number;
  complete: boolean;
  manifest: RunManifest;
}

/**
 * Run (or resume) an experiment: expand the grid into chains, run chains concurrently (at most
 * `concurrency`), each chain's negotiations in scenario order with one learning policy engine,
 * and append every finished negotiation to `results.jsonl` and `transcripts.jsonl` (one fsync'd
 * line each). A folder holding the same experiment resumes where it stopped; a finished run's
 * `results.jsonl` is sorted into grid order so it is identical byte for byte whatever the
 * concurrency or interruptions.
 * @throws when the folder holds a different experiment, or a negotiation throws (after the
 * negotiations under way are written and the manifest updated).
 */
export async function runExperiment(experiment: Experiment, options: RunOptions): Promise<RunResult> {
  const deps = options.dependencies;
  const logger = options.logger ?? silentLogger;
  const progress = options.progress ?? silentProgress;
  const clock = options.clock ?? (() => new Date());
  const concurrency = options.concurrency ?? experiment.concurrency;
  const dir = resolve(options.output ?? experiment.output);
  const startedAt = clock().toISOString();

  const scenarios = selectScenarios(await deps.loadScenarios(experiment.scenarios.source), {
    ...experiment.scenarios,
    source: `experiment ${experiment.name}`,
  });
  const chains = expandGrid(experiment, scenarios);
  const total = chains.length * scenarios.length;

  const detection = await chooseDetector(experiment, deps, logger);
  const backends = new Map<string, Backend>();
  const pairKey = (c: string, d: string) => JSON.stringify([c, d]);
  try {
    for (const creditorModel of experiment.models.creditor) {
      for (const debtorModel of experiment.models.debtor) {
        backends.set(pairKey(creditorModel, debtorModel), await buildBackend(experiment, { creditorModel, debtorModel, deps, detector: detection.detector, logger }));
      }
    }
    const first = backends.values().next().value as Backend;
    const detectorName = detection.name ?? first.detector.name;
    const identity: RunIdentity = {
      experiment: withoutExecutionSettings(experiment),
      detector: detectorName,
      scenarioIds: scenarios.map((s) => s.id),
    };
    const folder = openResultsFolder(dir, { identity, logger });
    const environment = environmentInfo();
    const previous = folder.manifest;
    if (previous && previous.environment.gitCommit !== environment.gitCommit) {
      logger.warn(`${dir}: resuming a run started at commit ${previous.environment.gitCommit} with commit ${environment.gitCommit}`);
    }
    const session = { startedAt, endedAt: null as string | null, ran: 0, stoppedEarly: false, concurrency, environment };
    const manifest: RunManifest = {
      format: 1,
      identity: JSON.parse(JSON.stringify(identity)) as RunIdentity,
      grid: { chains: chains.length, negotiations: total },
      backend: {
        name: first.name,
        creditorModels: [...backends.values()].map((b) => b.creditorModel),
        debtorModels: [...backends.values()].map((b) => b.debtorModel),
      },
      detector: { choice: experiment.detector, name: detectorName, tfjsBackend: detection.tfjsBackend ?? 'not used' },
      environment: previous?.environment ?? environment,
      sessions: [...(previous?.sessions ?? []), session],
      startedAt: previous?.startedAt ?? startedAt,
      endedAt: null,
      complete: false,
      completed: folder.rows.length,
    };
    writeManifest(dir, manifest);

    let lastManifest = performance.now();
    let claimed = 0;
    const limit = options.limit ?? Infinity;
    progress.start(total, folder.rows.length);
    let failure: unknown;
    try {
      await runPool(chains, concurrency, async (chain) => {
        await runChain(chain, {
          dependencies: deps,
          backend: backends.get(pairKey(chain.creditorModel, chain.debtorModel)) as Backend,
          detectorName,
          oracle: detectorName === ORACLE_DETECTOR,
          protocol: experiment.protocol,
          progress: folder.progress(chain.chainId),
          claim: () => {
            if (options.signal?.aborted || claimed >= limit) return false;
            claimed++;
            return true;
          },
          commit: async (record, transcript) => {
            await folder.append(record, transcript);
            session.ran++;
            progress.tick();
            if (performance.now() - lastManifest > MANIFEST_INTERVAL_MS) {
              lastManifest = performance.now();
              manifest.completed = folder.rows.length;
              writeManifest(dir, manifest);
            }
          },
          ...(options.signal ? { signal: options.signal } : {}),
        });
      });
    } catch (err) {
      failure = err;
    } finally {
      progress.finish();
    }
    const complete = folder.rows.length === total;
    if (complete) folder.sortResults();
    folder.close();
    session.endedAt = clock().toISOString();
    session.stoppedEarly = !complete;
    Object.assign(manifest, { completed: folder.rows.length, complete, endedAt: complete ? session.endedAt : null });
    writeManifest(dir, manifest);
    if (failure !== undefined) throw failure;
    const rows = [...folder.rows].sort((a, b) => a.chain - b.chain || a.position - b.position);
    return { dir, experiment, rows, total, ran: session.ran, complete, manifest };
  } finally {
    for (const b of backends.values()) await b.close?.();
  }
}

/** How often the manifest's counts are refreshed during a run (so a killed run shows how far it got). */
const MANIFEST_INTERVAL_MS = 10_000;

/** The backend of one model pair, with the experiment's offline detector when there is one. */
async function buildBackend(
  experiment: Experiment,
  o: { creditorModel: string; debtorModel: string; deps: RunnerDependencies; detector: EmotionDetector | undefined; logger: Logger },
): Promise<Backend> {
  const built = await o.deps.createBackend({
    config: experiment.backend,
    creditorModel: o.creditorModel,
    debtorModel: o.debtorModel,
    detector: o.detector,
    protocol: experiment.protocol,
    logger: o.logger,
  });
  return o.detector ? withDetector(built, o.detector) : built;
}

/** The experiment as it decides results: without concurrency and output folder. */
function withoutExecutionSettings(experiment: Experiment): RunIdentity['experiment'] {
  const { concurrency: _c, output: _o, ...rest } = experiment;
  return rest;
}

/**
 * The offline detector for this experiment, or none (the backend's own LLM detector, or the oracle).
 * `name` is undefined when the backend's own detector decides it.
 */
async function chooseDetector(
  experiment: Experiment,
  deps: RunnerDependencies,
  logger: Logger,
): Promise<{ detector: EmotionDetector | undefined; name: string | undefined; tfjsBackend?: string }> {
  const simulated = experiment.backend.type === 'simulated';
  const choice = experiment.detector;
  if (choice === 'oracle') {
    if (!simulated) throw new Error(`experiment ${experiment.name}: field detector = "oracle": the oracle needs the simulated backend (true emotions)`);
    return { detector: unusedDetector(), name: ORACLE_DETECTOR };
  }
  if (choice === 'llm' || (choice === 'auto' && !simulated)) {
    if (simulated) throw new Error(`experiment ${experiment.name}: field detector = "llm": the simulated backend has no language model; use auto, tfjs, pure-ts, lexicon or oracle`);
    return { detector: undefined, name: undefined };
  }
  const made = await deps.createDetector(choice, { logger });
  return { detector: made.detector, name: made.detector.name, ...(made.tfjsBackend ? { tfjsBackend: made.tfjsBackend } : {}) };
}

/** Stands in for the backend's detector under the oracle, which answers through per-negotiation views. */
function unusedDetector(): EmotionDetector {
  return {
    name: ORACLE_DETECTOR,
    detect: async () => {
      throw new Error('oracle detector: called on the shared backend; detection must go through the per-negotiation oracle view');
    },
  };
}
