// Helpers for the tfjs kernel tests: backend start-up and a tensor-leak check.
import assert from 'node:assert/strict';
import { initTf, tf } from '../../../src/tf/backend.ts';

/** Start TensorFlow.js once (the backend initTf picks). */
export async function startTf(): Promise<void> {
  await initTf();
}

/** Run fn and assert tf.memory().numTensors is unchanged afterwards, whether fn returns or throws. */
export function noLeak<T>(fn: () => T): T {
  const before = tf.memory().numTensors;
  try {
    return fn();
  } finally {
    assert.equal(tf.memory().numTensors, before, 'tensor leak');
  }
}

/** Float32 tolerance of a summed log-likelihood over `steps` steps (measured error ~3e-8 per step; 30x margin). */
export const llTolerance = (steps: number) => 1e-5 + 1e-6 * steps;
