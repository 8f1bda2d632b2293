import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { consoleLogger, type Logger } from '../../core/logger.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import {
  createProgressReporter,
  defaultDependencies,
  formatRunSummary,
  parseExperiment,
  runExperiment,
  type Experiment,
  type RunResult,
} from '../../runner/index.ts';

export const summary = 'run (or resume) an experiment grid; results, transcripts and manifest in a folder';

const HELP = `usage: eqn run [experiment.json] [options]

Runs every negotiation of a grid (scenarios x personas x policies x models x seeds), appending
one record per finished negotiation to <out>/results.jsonl (transcripts in transcripts.jsonl,
run details in manifest.json). Starting again on the same folder resumes; a folder that holds
a different experiment is refused. Flags override the experiment file's fields.

grid
  -e, --experiment FILE    experiment JSON (also the first positional argument)
      --name NAME          experiment name (default 'cli'; output results/<name>)
      --source SET         crad | authors-200 (default crad)
      --scenarios IDS      comma-separated scenario ids
      --count N            the first N scenarios
      --personas LIST      comma-separated personas, or 'all' (default all)
      --policies LIST      comma-separated policy labels, e.g. vanilla,fixed:Joy,eq-negotiator/paper-code
      --seeds LIST         comma-separated integer seeds (default 1)
      --creditor-model M   comma-separated creditor models (ollama)
      --debtor-model M     comma-separated debtor models (ollama)
backend
      --backend NAME       simulated | ollama (default simulated)
      --ollama-host URL    Ollama server (ollama backend)
      --detector NAME      auto | tfjs | pure-ts | lexicon | llm | oracle (default auto)
      --max-messages N     protocol message cap
execution
      --concurrency N      chains run at once
      --out DIR            results folder
      --limit N            stop after N negotiations (resume later)
  -q, --quiet              no progress output
  -h, --help
`;

/** Parse `eqn run` arguments into an experiment plus execution options. @throws naming the flag and value. */
export function parseRunArgs(argv: string[]): { experiment: Experiment; limit?: number; quiet: boolean; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      experiment: { type: 'string', short: 'e' },
      name: { type: 'string' },
      source: { type: 'string' },
      scenarios: { type: 'string' },
      count: { type: 'string' },
      personas: { type: 'string' },
      policies: { type: 'string' },
      seeds: { type: 'string' },
      'creditor-model': { type: 'string' },
      'debtor-model': { type: 'string' },
      backend: { type: 'string' },
      'ollama-host': { type: 'string' },
      detector: { type: 'string' },
      'max-messages': { type: 'string' },
      concurrency: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { experiment: undefined as never, quiet: true, help: true };
  if (positionals.length > 1 || (positionals.length === 1 && values.experiment !== undefined)) {
    throw new Error(`eqn run: give one experiment file, got ${JSON.stringify([...positionals, ...(values.experiment ? [values.experiment] : [])])}`);
  }
  const file = values.experiment ?? positionals[0];
  const raw: Record<string, unknown> = file === undefined
    ? { name: 'cli', scenarios: { source: 'crad' }, personas: 'all', policies: ['vanilla', 'eq-negotiator/paper-code'], seeds: [1], backend: { type: 'simulated' } }
    : readJson(file);
  const list = (v: string) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const int = (flag: string, v: string) => {
    if (!/^-?\d+$/.test(v.trim())) throw new Error(`eqn run: --${flag} = ${JSON.stringify(v)}, expected an integer`);
    return Number(v);
  };
  const scenarios = { ...(raw.scenarios as Record<string, unknown> | undefined) };
  if (values.source !== undefined) scenarios.source = values.source;
  if (values.scenarios !== undefined) {
    scenarios.ids = list(values.scenarios);
    delete scenarios.count;
  }
  if (values.count !== undefined) {
    scenarios.count = int('count', values.count);
    delete scenarios.ids;
  }
  raw.scenarios = scenarios;
  if (values.name !== undefined) raw.name = values.name;
  if (values.personas !== undefined) raw.personas = values.personas === 'all' ? 'all' : list(values.personas);
  if (values.policies !== undefined) raw.policies = list(values.policies);
  if (values.seeds !== undefined) raw.seeds = list(values.seeds).map((s) => int('seeds', s));
  if (values['creditor-model'] !== undefined || values['debtor-model'] !== undefined) {
    const models = { ...(raw.models as Record<string, unknown> | undefined) };
    if (values['creditor-model'] !== undefined) models.creditor = list(values['creditor-model']);
    if (values['debtor-model'] !== undefined) models.debtor = list(values['debtor-model']);
    raw.models = models;
  }
  if (values.backend !== undefined || values['ollama-host'] !== undefined) {
    const backend = { ...(raw.backend as Record<string, unknown> | undefined) };
    if (values.backend !== undefined && values.backend !== backend.type) {
      for (const k of Object.keys(backend)) delete backend[k];
      backend.type = values.backend;
    }
    if (values['ollama-host'] !== undefined) backend.host = values['ollama-host'];
    raw.backend = backend;
  }
  if (values.detector !== undefined) raw.detector = values.detector;
  if (values['max-messages'] !== undefined) raw.protocol = { ...(raw.protocol as object | undefined), maxMessages: int('max-messages', values['max-messages']) };
  if (values.concurrency !== undefined) raw.concurrency = int('concurrency', values.concurrency);
  if (values.out !== undefined) raw.output = values.out;
  const experiment = parseExperiment(raw, { source: file === undefined ? 'eqn run flags' : `${file} (with flags)` });
  const limit = values.limit === undefined ? undefined : int('limit', values.limit);
  if (limit !== undefined && limit < 0) throw new Error(`eqn run: --limit = ${limit}, expected >= 0`);
  return { experiment, ...(limit === undefined ? {} : { limit }), quiet: values.quiet === true, help: false };
}

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`eqn run: cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`eqn run: ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * Run an experiment from the command line: progress on stderr (a bar on a terminal), the summary
 * tables and the results path on stdout. Ctrl-C stops after the negotiations under way (a second
 * Ctrl-C exits at once); run again to resume.
 */
export async function executeRun(experiment: Experiment, options: { limit?: number; quiet?: boolean; logger?: Logger } = {}): Promise<{ result: RunResult; interrupted: boolean }> {
  const logger = options.logger ?? consoleLogger;
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\neqn: stopping after the negotiations under way (Ctrl-C again to quit now); run again to resume\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const progress = options.quiet ? undefined : createProgressReporter({ stream: process.stderr });
    const result = await runExperiment(experiment, {
      dependencies: defaultDependencies({ logger }),
      logger,
      signal: controller.signal,
      ...(progress ? { progress } : {}),
      ...(options.limit === undefined ? {} : { limit: options.limit }),
    });
    return { result, interrupted: controller.signal.aborted };
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, parseRunArgs, HELP);
  if (typeof parsed === 'number') return parsed;
  const { result, interrupted } = await executeRun(parsed.experiment, { ...(parsed.limit === undefined ? {} : { limit: parsed.limit }), quiet: parsed.quiet });
  process.stdout.write(formatRunSummary(result));
  process.stdout.write(`results: ${result.dir}${result.complete ? '' : ' (incomplete: run again to resume)'}\n`);
  return interrupted ? 130 : 0;
}
