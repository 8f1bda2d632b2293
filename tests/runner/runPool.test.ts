import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPool } from '../../src/runner/runPool.ts';

const tick = () => new Promise((r) => setImmediate(r));

test('runPool(items, k, worker) runs every item with at most k at once, starting them in order', async () => {
  let running = 0, most = 0;
  const started: number[] = [];
  await runPool([0, 1, 2, 3, 4, 5, 6], 3, async (x) => {
    started.push(x);
    running++;
    most = Math.max(most, running);
    for (let i = 0; i < 1 + (x % 3); i++) await tick();
    running--;
  });
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(most, 3);
});

test('runPool(items, k, worker) starts nothing new after a failure, lets the others finish, then throws the first error', async () => {
  const finished: number[] = [];
  await assert.rejects(runPool([0, 1, 2, 3, 4, 5], 2, async (x) => {
    await tick();
    if (x === 1) throw new Error('item 1 failed');
    await tick();
    finished.push(x);
  }), /item 1 failed/);
  assert.deepEqual(finished, [0]); // 0 was under way when 1 failed; 2.. never started
});

test('runPool(items, k, worker) rejects a concurrency that is not a positive integer', async () => {
  await assert.rejects(runPool([1], 0, async () => {}), /concurrency must be a positive integer, got 0/);
});
