import { parseArgs } from 'node:util';
import { consoleLogger } from '../../core/logger.ts';
import { dataPath } from '../../core/dataPath.ts';
import { formatRunSummary, loadExperiment, reportStep } from '../../runner/index.ts';
import { executeRun } from './run.ts';

export const summary = 'the main job: the default experiment (data/experiments/default.json), summary tables and results folder';

const HELP = `usage: eqn main [options]

Runs data/experiments/default.json: all 100 CRAD scenarios x 9 personas x every policy x 3 seeds
on the simulated backend, prints the summary tables (success rate, debt-collection multiple,
length in messages) and writes results/default/ (resumed if it holds the same experiment).

  --experiment FILE   another experiment file
  --out DIR           results folder (default: the experiment's, results/default)
  --concurrency N     chains run at once
  -q, --quiet         no progress output
  -h, --help
`;

export async function run(argv: string[]): Promise<number> {
  let values: { experiment?: string; out?: string; concurrency?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        experiment: { type: 'string' },
        out: { type: 'string' },
        concurrency: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    if (values.concurrency !== undefined && !/^[1-9]\d*$/.test(values.concurrency)) {
      throw new Error(`eqn main: --concurrency = ${JSON.stringify(values.concurrency)}, expected a positive integer`);
    }
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const experiment = loadExperiment(values.experiment ?? dataPath('experiments', 'default.json'));
  if (values.out !== undefined) experiment.output = values.out;
  if (values.concurrency !== undefined) experiment.concurrency = Number(values.concurrency);
  const { result, interrupted } = await executeRun(experiment, { quiet: values.quiet === true });
  process.stdout.write(formatRunSummary(result));
  const report = result.complete ? await reportStep(result, { logger: consoleLogger }) : undefined;
  if (report !== undefined) process.stdout.write(`report: ${report}\n`);
  process.stdout.write(`results: ${result.dir}${result.complete ? '' : ' (incomplete: run again to resume)'}\n`);
  return interrupted ? 130 : 0;
}
