import { parseArgs } from 'node:util';
import { consoleLogger } from '../../core/logger.ts';
import { defaultDetectorDir } from '../../detect/detectorModelFile.ts';
import { SHIPPED_DETECTOR_RECIPE, type DetectorRecipe } from '../../detect/detectorRecipe.ts';
import type { XedPolicy } from '../../detect/detectorCorpus.ts';
import { runDetectorTraining } from '../../detect/runDetectorTraining.ts';

/** One line for `eqn --help`. */
export const summary = 'retrain the offline emotion detector (TensorFlow.js) from data/emotion';

const USAGE = `usage: eqn train-detector [--seed N] [--out dir] [--subset N] [--epochs N] [--xed none|drop|map] [--no-eval]

Trains the hashed n-gram classifier on GoEmotions-Ekman train (+ XED per the recipe, never the
simulated debtor's lines) and writes model.json, weights.bin and training-report.json.
  --seed N     seed of the split, initial weights and batch order (default: the shipped seed, 7)
  --out dir    output folder (default: data/detector, i.e. overwrite the shipped model)
  --subset N   train on a seeded sample of N items (quick checks)
  --epochs N   at most N epochs (default: the recipe's maxEpochs; early stopping still applies)
  --xed P      XED policy: none (shipped: best on GoEmotions dev), drop (anticipation/trust dropped;
               better on the simulated debtor's XED lines), map (trust->Joy, anticipation->Neutral)
  --no-eval    skip scoring the saved weights on GoEmotions-Ekman dev
Same seed, same weights (weightsSha256 in model.json).`;

/** `eqn train-detector`: returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: {
      seed: { type: 'string' }, out: { type: 'string' }, subset: { type: 'string' }, epochs: { type: 'string' }, xed: { type: 'string' }, 'no-eval': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    } }));
  } catch (err) {
    process.stderr.write(`eqn train-detector: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const seed = integerOption('--seed', values.seed);
  const subset = integerOption('--subset', values.subset);
  const epochs = integerOption('--epochs', values.epochs);
  if (seed === null || subset === null || epochs === null) return 2;
  const xed = values.xed ?? SHIPPED_DETECTOR_RECIPE.xed;
  if (xed !== 'none' && xed !== 'drop' && xed !== 'map') {
    process.stderr.write(`eqn train-detector: --xed = ${JSON.stringify(xed)}, expected none, drop or map\n`);
    return 2;
  }
  const recipe: DetectorRecipe = { ...SHIPPED_DETECTOR_RECIPE, xed: xed as XedPolicy, train: { ...SHIPPED_DETECTOR_RECIPE.train, maxEpochs: epochs ?? SHIPPED_DETECTOR_RECIPE.train.maxEpochs } };
  const out = values.out ?? defaultDetectorDir();
  const report = await runDetectorTraining({ out, seed, subset, recipe, evaluateDev: !values['no-eval'], logger: consoleLogger });
  const first = report.dev?.first as { accuracy: number; macroF1: number } | undefined;
  process.stdout.write(`saved to ${out}: weights ${report.weights.sha256.slice(0, 16)} (${(report.weights.bytes / 2 ** 20).toFixed(1)} MiB ${report.weights.dtype}), `
    + `trained in ${report.trainSeconds.toFixed(0)} s on ${report.backend}, best epochs ${report.bestEpochs.join(", ")}, held-out macro-F1 ${report.heldOut.macroF1.toFixed(4)}`
    + `${first ? `; dev accuracy ${first.accuracy.toFixed(4)}, macro-F1 ${first.macroF1.toFixed(4)}` : ''}\n`);
  return 0;
}

function integerOption(name: string, raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) {
    process.stderr.write(`eqn train-detector: ${name} = ${JSON.stringify(raw)}, expected an integer\n`);
    return null;
  }
  return Number(raw);
}
