import type { XedPolicy } from './detectorCorpus.ts';
import { DEFAULT_TRAIN_OPTIONS, type TrainDetectorOptions } from './trainDetectorModel.ts';

/** Everything `eqn train-detector` needs besides the seed: data policy, hyper-parameters, file dtype. */
export interface DetectorRecipe {
  xed: XedPolicy;
  dtype: 'float32' | 'float16';
  seed: number;
  train: Omit<TrainDetectorOptions, 'seed' | 'logger'>;
}

/**
 * The recipe of the shipped model in data/detector (chosen on the held-out slice of train;
 * see data/detector/README.md for the measurements behind each choice).
 */
export const SHIPPED_DETECTOR_RECIPE: DetectorRecipe = {
  xed: 'none',
  dtype: 'float16',
  seed: 7,
  train: {
    ...DEFAULT_TRAIN_OPTIONS,
    features: { buckets: 2 ** 17, wordNgrams: 2, charNgrams: [3, 5] },
    hidden: 32,
    members: 2,
    hiddenDropout: 0.3,
    evaluationsPerEpoch: 2,
    maxEpochs: 8,
    learningRate: 0.003,
  },
};
