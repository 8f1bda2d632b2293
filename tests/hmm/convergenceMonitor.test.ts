import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryLogger } from '../../src/core/logger.ts';
import { createConvergenceMonitor, recordIteration } from '../../src/hmm/convergenceMonitor.ts';

test('recordIteration(monitor, ll) records the history and converges when the gain falls below tol (hmmlearn semantics)', () => {
  const logger = memoryLogger();
  let m = createConvergenceMonitor({ tol: 0.1, nIter: 100 });
  for (const ll of [-100, -50, -49.95]) m = recordIteration(m, ll, { logger });
  assert.deepEqual(m.history, [-100, -50, -49.95]);
  assert.equal(m.iter, 3);
  assert.equal(m.converged, true);
  assert.deepEqual(logger.warnings, []);
});

test('recordIteration(monitor, ll) converges at nIter even while improving', () => {
  let m = createConvergenceMonitor({ nIter: 2 });
  m = recordIteration(m, -10, { logger: memoryLogger() });
  assert.equal(m.converged, false);
  m = recordIteration(m, -5, { logger: memoryLogger() });
  assert.equal(m.converged, true);
});

test('recordIteration(monitor, ll) warns through the injected logger when the objective decreases beyond precision', () => {
  const logger = memoryLogger();
  let m = createConvergenceMonitor({ nIter: 10, precision: 1e-8 });
  m = recordIteration(m, -100, { logger });
  m = recordIteration(m, -100 - 1e-9, { logger }); // within precision * |ll| = 1e-6: rounding, no warning
  assert.equal(logger.warnings.length, 0);
  m = recordIteration(m, -101, { logger });
  assert.equal(logger.warnings.length, 1);
  assert.match(logger.warnings[0], /ConvergenceMonitor: objective decreased at iteration 3: -100\.000000001 -> -101/);
  assert.equal(m.converged, true); // a decrease is below tol, as in hmmlearn
});

test('createConvergenceMonitor rejects bad options and recordIteration rejects NaN', () => {
  assert.throws(() => createConvergenceMonitor({ nIter: 0 }), /nIter is 0/);
  assert.throws(() => createConvergenceMonitor({ tol: -1 }), /tol is -1/);
  assert.throws(() => recordIteration(createConvergenceMonitor(), Number.NaN, { logger: memoryLogger() }), /objective at iteration 1 is NaN/);
});
