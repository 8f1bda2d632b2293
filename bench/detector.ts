// Throughput of the offline emotion detectors on GoEmotions-Ekman dev texts.
// Usage: node --import tsx bench/detector.ts [--seconds S]   (EQN_TF_BACKEND=cpu|wasm to force a backend)
import { dataPath } from '../src/core/dataPath.ts';
import { readGoEmotionsTsv } from '../src/detect/readGoEmotionsTsv.ts';
import { createTfjsDetector } from '../src/detect/tfjsDetector.ts';
import { createPureTsDetector } from '../src/detect/pureTsDetector.ts';
import { createLexiconDetector } from '../src/detect/lexiconDetector.ts';
import type { EmotionDetector } from '../src/detect/types.ts';
import { initTf, tf } from '../src/tf/backend.ts';

const at = process.argv.indexOf('--seconds');
const seconds = at >= 0 ? Number(process.argv[at + 1]) : 2;
if (!(seconds > 0)) throw new Error(`bench/detector: --seconds = ${process.argv[at + 1]}, expected a positive number`);
const texts = readGoEmotionsTsv(dataPath('emotion', 'goemotions-ekman', 'dev.tsv'), {
  labelsPath: dataPath('emotion', 'goemotions-ekman', 'ekman_labels.txt'),
}).map((t) => t.text);

/** Utterances per second for one detector at one batch size, over about `seconds`. */
async function rate(detector: EmotionDetector, batch: number): Promise<number> {
  await detector.detect(texts.slice(0, batch)); // warm-up (loads weights, compiles kernels)
  let done = 0;
  let at = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    if (at + batch > texts.length) at = 0;
    await detector.detect(texts.slice(at, at + batch));
    at += batch;
    done += batch;
  }
  return done / ((performance.now() - t0) / 1000);
}

const backend = (await initTf()).backend;
const before = tf.memory().numTensors;
process.stdout.write(`tfjs backend: ${backend}; ${texts.length} dev texts; ~${seconds} s per cell\n`);
process.stdout.write(`${'detector'.padEnd(10)}${[1, 64, 1024].map((b) => `batch ${b}`.padStart(14)).join('')}   (utterances/s)\n`);
for (const detector of [createTfjsDetector(), createPureTsDetector(), createLexiconDetector()]) {
  const cells: string[] = [];
  for (const batch of [1, 64, 1024]) cells.push((await rate(detector, batch)).toFixed(0).padStart(14));
  process.stdout.write(`${detector.name.padEnd(10)}${cells.join('')}\n`);
}
process.stdout.write(`tensors alive: ${before} before, ${tf.memory().numTensors} after (the tfjs detector caches its weight tensors once)\n`);
