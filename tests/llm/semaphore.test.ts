import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSemaphore } from '../../src/llm/semaphore.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

test('createSemaphore(limit).run(task) never runs more than limit tasks at once and keeps FIFO order', async () => {
  const s = createSemaphore(2);
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const gates = Array.from({ length: 5 }, () => deferred());
  const tasks = gates.map((g, i) => s.run(async () => {
    started.push(i);
    running++;
    peak = Math.max(peak, running);
    await g.promise;
    running--;
    return i;
  }));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(started, [0, 1]);
  assert.equal(s.waiting, 3);
  for (const g of gates) {
    g.resolve();
    await new Promise((r) => setImmediate(r));
  }
  assert.deepEqual(await Promise.all(tasks), [0, 1, 2, 3, 4]);
  assert.deepEqual(started, [0, 1, 2, 3, 4]);
  assert.equal(peak, 2);
  assert.equal(s.active, 0);
});

test('createSemaphore(limit) releases the slot of a task that throws', async () => {
  const s = createSemaphore(1);
  await assert.rejects(s.run(async () => { throw new Error('boom'); }), /boom/);
  assert.equal(await s.run(async () => 'next'), 'next');
  assert.equal(s.active, 0);
});

test('createSemaphore(limit) rejects a limit that is not a positive integer, naming it', () => {
  assert.throws(() => createSemaphore(0), /createSemaphore: limit must be a positive integer, got 0/);
  assert.throws(() => createSemaphore(1.5), /got 1\.5/);
});
