import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../core/dataPath.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { createRng } from '../core/rng.ts';
import { isSimCorpusLine } from '../sim/corpusSplit.ts';
import { loadDetectorCorpus } from './detectorCorpus.ts';
import { loadDetectorModel, saveDetectorModel } from './detectorModelFile.ts';
import { SHIPPED_DETECTOR_RECIPE, type DetectorRecipe } from './detectorRecipe.ts';
import { evaluateDetector } from './evaluateDetector.ts';
import type { LabelledText, MultiLabelRule } from './labelledText.ts';
import { createPureTsDetector } from './pureTsDetector.ts';
import { readGoEmotionsTsv } from './readGoEmotionsTsv.ts';
import { readXedTsv } from './readXedTsv.ts';
import { trainDetectorModel } from './trainDetectorModel.ts';

/** What `eqn train-detector` writes to `training-report.json`. */
export interface DetectorTrainingReport {
  recipe: DetectorRecipe;
  corpus: ReturnType<typeof loadDetectorCorpus>['counts'] & { used: number; subset: number | null };
  backend: string;
  trainSeconds: number;
  bestEpochs: number[];
  history: { member: number; epoch: number; loss: number; validationMacroF1: number; validationAccuracy: number; seconds: number }[];
  classWeights: number[];
  offsets: number[];
  heldOut: { n: number; macroF1BeforeOffsets: number; macroF1: number };
  weights: { sha256: string; dtype: string; bytes: number };
  /** GoEmotions-Ekman dev, scored with the saved (reloaded) weights, under each multi-label rule. */
  dev: Record<MultiLabelRule, unknown> | null;
  /**
   * The XED lines reserved for the simulated debtor (isSimCorpusLine; never trained on), mapped
   * with XED_MAPPING_DROP: what the simulated creditor's detector faces.
   */
  xedSimPool: Record<MultiLabelRule, unknown> | null;
}

/**
 * Train the detector from the shipped data with `recipe` (default: the shipped recipe) and
 * `seed`, save `model.json` + `weights.bin` + `training-report.json` into `out`, and score the
 * saved weights on GoEmotions-Ekman dev and on the simulated debtor's XED lines (skipped with
 * `evaluateDev: false`). `subset` trains on
 * a seeded sample of that many items (for quick checks). Same recipe and seed, same bytes.
 */
export async function runDetectorTraining(options: { out: string; seed?: number; subset?: number; recipe?: DetectorRecipe; evaluateDev?: boolean; logger?: Logger }): Promise<DetectorTrainingReport> {
  const recipe = { ...(options.recipe ?? SHIPPED_DETECTOR_RECIPE) };
  if (options.seed !== undefined) recipe.seed = options.seed;
  const logger = options.logger ?? silentLogger;
  const corpus = loadDetectorCorpus({ xed: recipe.xed });
  let items = corpus.items;
  if (options.subset !== undefined) {
    if (!(Number.isInteger(options.subset) && options.subset > 1)) throw new Error(`runDetectorTraining: subset = ${options.subset}, expected an integer > 1`);
    items = createRng(recipe.seed).fork('subset').shuffle(items).slice(0, options.subset);
  }
  logger.info(`training on ${items.length} items (seed ${recipe.seed})`);
  const t0 = performance.now();
  const result = await trainDetectorModel(items, { ...recipe.train, seed: recipe.seed, logger });
  const trainSeconds = (performance.now() - t0) / 1000;
  const manifest = saveDetectorModel(result.model, options.out, { dtype: recipe.dtype, training: { seed: recipe.seed, xed: recipe.xed, bestEpochs: result.bestEpochs, items: items.length } });
  let dev: DetectorTrainingReport['dev'] = null;
  let xedSimPool: DetectorTrainingReport['xedSimPool'] = null;
  if (options.evaluateDev ?? true) {
    const detector = createPureTsDetector({ model: loadDetectorModel(options.out) });
    const score = async (items: LabelledText[]) => {
      const rules: MultiLabelRule[] = ['first', 'drop', 'any'];
      const entries = await Promise.all(rules.map(async (rule) => [rule, (await evaluateDetector(detector, items, { multiLabel: rule })).report] as const));
      return Object.fromEntries(entries) as Record<MultiLabelRule, unknown>;
    };
    dev = await score(readGoEmotionsTsv(dataPath('emotion', 'goemotions-ekman', 'dev.tsv'), { labelsPath: dataPath('emotion', 'goemotions-ekman', 'ekman_labels.txt') }));
    const xed = [
      ...readXedTsv(dataPath('emotion', 'xed-en', 'en-annotated.tsv')),
      ...readXedTsv(dataPath('emotion', 'xed-en', 'neu_en.txt'), { idsFirst: true }),
    ];
    xedSimPool = await score(xed.filter((t) => isSimCorpusLine(t.text)));
  }
  const report: DetectorTrainingReport = {
    recipe,
    corpus: { ...corpus.counts, used: items.length, subset: options.subset ?? null },
    backend: result.backend,
    trainSeconds,
    bestEpochs: result.bestEpochs,
    history: result.history,
    classWeights: result.classWeights,
    offsets: result.offsets,
    heldOut: result.validation,
    weights: { sha256: manifest.weightsSha256, dtype: manifest.dtype, bytes: sizeOf(manifest) },
    dev,
    xedSimPool,
  };
  writeFileSync(join(options.out, 'training-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

function sizeOf(manifest: { dtype: string; tensors: { shape: number[] }[] }): number {
  const per = manifest.dtype === 'float32' ? 4 : 2;
  return manifest.tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1) * per, 0);
}
