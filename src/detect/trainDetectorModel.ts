import { EMOTIONS, emotionIndex } from '../core/emotions.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { createRng } from '../core/rng.ts';
import { initTf } from '../tf/backend.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import { hashFeatures, type FeatureConfig } from './hashFeatures.ts';
import type { LabelledText } from './labelledText.ts';
import { macroF1 } from './macroF1.ts';
import { predictProbabilities, type DetectorModel } from './detectorModel.ts';
import { tuneClassOffsets } from './tuneClassOffsets.ts';
import { combineDetectorModels } from './combineDetectorModels.ts';
import { fitDetectorMember, type MemberFit } from './fitDetectorMember.ts';

/** Hyper-parameters of {@link trainDetectorModel}; all recorded in the training report. */
export interface TrainDetectorOptions {
  seed: number;
  features: FeatureConfig;
  /** Hidden ReLU units after the embedding bag; 0 for softmax regression. */
  hidden: number;
  maxEpochs: number;
  batchSize: number;
  learningRate: number;
  /** Class weight (N / (7 n_c))^power: 0 = none, 1 = fully balanced. */
  classWeightPower: number;
  /** Fraction of the training items held out for early stopping and offset tuning. */
  validationFraction: number;
  /** Stop after this many epochs without a better validation macro-F1. */
  patience: number;
  /** Tune per-class logit offsets for macro-F1 on the held-out slice and fold them into the biases. */
  tuneOffsets: boolean;
  /** Standard deviation of the embedding initialisation (MLP only; softmax regression starts at 0). */
  initScale: number;
  /** L2 penalty on the embedding rows present in each batch (lazy weight decay). */
  l2: number;
  /** Probability of dropping each non-zero input feature during training (inverted dropout). */
  featureDropout: number;
  /** Dropout on the hidden ReLU units during training (MLP only). */
  hiddenDropout: number;
  /** Held-out evaluations (early-stopping checkpoints) per epoch. */
  evaluationsPerEpoch: number;
  /** Independently initialised networks trained on the same split; their logits are averaged (one wider model). */
  members: number;
  /** Only held-out items whose file path contains this text count for early stopping and offsets ('' = all). */
  validateOn: string;
  /** Training weight of items whose file path contains each key (others weigh 1), e.g. { 'xed-en': 0.5 }. */
  sourceWeights: Record<string, number>;
  logger?: Logger;
}

/** One epoch of training, as recorded in the report. */
export interface EpochRecord {
  /** Which ensemble member (0-based). */
  member: number;
  /** Epochs completed at this checkpoint (fractional with several evaluations per epoch). */
  epoch: number;
  loss: number;
  validationMacroF1: number;
  validationAccuracy: number;
  seconds: number;
}

/** The trained model and how it was chosen. */
export interface TrainDetectorResult {
  model: DetectorModel;
  history: EpochRecord[];
  /** Early-stopping epoch of each member. */
  bestEpochs: number[];
  classWeights: number[];
  offsets: number[];
  validation: { n: number; macroF1BeforeOffsets: number; macroF1: number };
  trainItems: number;
  backend: string;
}

/** Generic defaults (softmax regression on word n-grams); the shipped model uses SHIPPED_DETECTOR_RECIPE. */
export const DEFAULT_TRAIN_OPTIONS: TrainDetectorOptions = {
  seed: 7,
  features: { buckets: 2 ** 18, wordNgrams: 2, charNgrams: null },
  hidden: 0,
  maxEpochs: 12,
  batchSize: 256,
  learningRate: 0.01,
  classWeightPower: 0.5,
  validationFraction: 0.1,
  patience: 2,
  tuneOffsets: true,
  initScale: 0.1,
  l2: 0,
  featureDropout: 0,
  hiddenDropout: 0,
  evaluationsPerEpoch: 1,
  members: 1,
  validateOn: '',
  sourceWeights: {},
};

/**
 * Train the offline emotion classifier with TensorFlow.js, deterministically: the split, the
 * initial weights, the batch order and the dropout masks come from `createRng(seed)`, and each
 * step densifies the batch over its own sorted feature ids, so a given backend (cpu or wasm)
 * repeats every step exactly (see fitDetectorMember). `members` networks are trained on the same
 * split and joined by logit averaging; per-class logit offsets are then tuned for macro-F1 on the
 * held-out slice of the items (never on dev). A multi-label item spreads its weight evenly over
 * its labels.
 * @throws on an invalid option or when there are too few items to hold out a validation slice.
 */
export async function trainDetectorModel(items: readonly LabelledText[], options: Partial<TrainDetectorOptions> = {}): Promise<TrainDetectorResult> {
  const o: TrainDetectorOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const logger = o.logger ?? silentLogger;
  for (const key of ['maxEpochs', 'batchSize', 'evaluationsPerEpoch', 'patience', 'members'] as const) {
    if (!(Number.isInteger(o[key]) && o[key] > 0)) throw new Error(`trainDetectorModel: options.${key} = ${o[key]}, expected a positive integer`);
  }
  if (!(o.learningRate > 0)) throw new Error(`trainDetectorModel: options.learningRate = ${o.learningRate}, expected > 0`);
  const backend = (await initTf()).backend;
  const rng = createRng(o.seed);
  const order = rng.fork('split').shuffle(items.map((_, i) => i));
  const nVal = Math.round(items.length * o.validationFraction);
  if (nVal < 1 || nVal >= items.length) throw new Error(`trainDetectorModel: ${items.length} items cannot hold out validationFraction = ${o.validationFraction}`);
  // Held-out items outside `validateOn` go back to training.
  const held = order.slice(0, nVal).map((i) => items[i]);
  const val = held.filter((t) => t.file.includes(o.validateOn));
  const train = [...order.slice(nVal).map((i) => items[i]), ...held.filter((t) => !t.file.includes(o.validateOn))];
  if (val.length === 0) throw new Error(`trainDetectorModel: no held-out item has a file path containing validateOn = ${JSON.stringify(o.validateOn)}`);
  const trainRows = hashFeatures(train.map((t) => t.text), o.features);
  const valRows = hashFeatures(val.map((t) => t.text), o.features);
  const targets = softTargets(train, o.sourceWeights);
  const classWeights = balancedWeights(targets, o.classWeightPower);
  const valGold = val.map((t) => emotionIndex(t.labels[0]));

  const members: MemberFit[] = [];
  for (let m = 0; m < o.members; m++) {
    members.push(await fitDetectorMember({ trainRows, targets, classWeights, valRows, valGold }, o, { rng: rng.fork(`member-${m}`), member: m, logger }));
  }
  const combined = combineDetectorModels(members.map((f) => f.model));
  const probs = predictProbabilities(combined, valRows);
  const before = macroF1(confusionMatrix(valGold, argmaxRows(probs), EMOTIONS.length));
  const tuned = o.tuneOffsets ? tuneClassOffsets(probs, valGold) : { offsets: new Array<number>(EMOTIONS.length).fill(0), macroF1: before, baseline: before };
  return {
    model: withOffsets(combined, tuned.offsets),
    history: members.flatMap((f) => f.history),
    bestEpochs: members.map((f) => f.bestEpoch),
    classWeights,
    offsets: tuned.offsets,
    validation: { n: val.length, macroF1BeforeOffsets: tuned.baseline, macroF1: tuned.macroF1 },
    trainItems: train.length,
    backend,
  };
}

function softTargets(items: readonly LabelledText[], sourceWeights: Record<string, number>): Float32Array {
  const k = EMOTIONS.length;
  const y = new Float32Array(items.length * k);
  const sources = Object.entries(sourceWeights);
  items.forEach((item, i) => {
    const w = sources.find(([key]) => item.file.includes(key))?.[1] ?? 1;
    for (const e of item.labels) y[i * k + emotionIndex(e)] += w / item.labels.length;
  });
  return y;
}

function balancedWeights(targets: Float32Array, power: number): number[] {
  const k = EMOTIONS.length;
  const n = targets.length / k;
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < targets.length; i++) counts[i % k] += targets[i];
  return counts.map((c) => (c > 0 ? (n / (k * c)) ** power : 0));
}

function withOffsets(model: DetectorModel, offsets: readonly number[]): DetectorModel {
  if (model.hidden > 0) return { ...model, outBias: Float32Array.from(model.outBias, (b, c) => b + offsets[c]) };
  return { ...model, bagBias: Float32Array.from(model.bagBias, (b, c) => b + offsets[c]) };
}

function argmaxRows(probs: Float32Array): Int32Array {
  const k = EMOTIONS.length;
  const out = new Int32Array(probs.length / k);
  for (let i = 0; i < out.length; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}
