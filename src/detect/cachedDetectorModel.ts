import { resolve } from 'node:path';
import type { DetectorModel } from './detectorModel.ts';
import { defaultDetectorDir, loadDetectorModel } from './detectorModelFile.ts';

const cache = new Map<string, DetectorModel>();

/** The model saved in dir (default data/detector), read once per process. */
export function cachedDetectorModel(dir: string = defaultDetectorDir()): DetectorModel {
  const key = resolve(dir);
  let model = cache.get(key);
  if (!model) {
    model = loadDetectorModel(key);
    cache.set(key, model);
  }
  return model;
}
