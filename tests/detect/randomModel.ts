import { createRng } from '../../src/core/rng.ts';
import type { DetectorModel } from '../../src/detect/detectorModel.ts';

/** A small seeded random model for tests (not a trained one). */
export function randomModel(seed: number, options: { hidden?: number; buckets?: number } = {}): DetectorModel {
  const rng = createRng(seed);
  const hidden = options.hidden ?? 8;
  const buckets = options.buckets ?? 1 << 10;
  const width = hidden > 0 ? hidden : 7;
  const fill = (n: number) => Float32Array.from({ length: n }, () => rng.normal());
  return {
    features: { buckets, wordNgrams: 2, charNgrams: [3, 4] },
    hidden,
    embedding: fill(buckets * width),
    bagBias: fill(width),
    outWeight: fill(hidden * 7),
    outBias: hidden > 0 ? fill(7) : new Float32Array(7),
  };
}
