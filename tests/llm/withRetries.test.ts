import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, sleep, withRetries } from '../../src/llm/withRetries.ts';
import { createRng } from '../../src/core/rng.ts';

const opts = { max: 5, baseDelayMs: 100, factor: 2, maxDelayMs: 1000 };

test('backoffDelay(retry, options) doubles from baseDelayMs and stops at maxDelayMs', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, opts)), [100, 200, 400, 800, 1000, 1000]);
});

test('backoffDelay(retry, options, rng) jitters within [d/2, d) and repeats for the same seed', () => {
  const rng1 = createRng(9), rng2 = createRng(9);
  const xs = [1, 2, 3, 4].map((n) => backoffDelay(n, opts, rng1));
  assert.deepEqual(xs, [1, 2, 3, 4].map((n) => backoffDelay(n, opts, rng2)));
  xs.forEach((x, i) => {
    const d = backoffDelay(i + 1, opts);
    assert.ok(x >= d / 2 && x < d, `retry ${i + 1}: ${x} outside [${d / 2}, ${d})`);
  });
});

test('withRetries(attempt) retries a retryable error up to max times, then rethrows the last', async () => {
  const seen: number[] = [];
  await assert.rejects(
    withRetries(async (n) => {
      seen.push(n);
      throw new Error(`fail ${n}`);
    }, { ...opts, max: 2, baseDelayMs: 0, isRetryable: () => true }),
    /fail 3/,
  );
  assert.deepEqual(seen, [1, 2, 3]);
});

test('withRetries(attempt) does not retry an error that is not retryable', async () => {
  let calls = 0;
  await assert.rejects(withRetries(async () => { calls++; throw new Error('permanent'); }, { ...opts, baseDelayMs: 0, isRetryable: () => false }), /permanent/);
  assert.equal(calls, 1);
});

test('withRetries(attempt) reports each retry with its delay before waiting', async () => {
  const log: [number, number][] = [];
  const value = await withRetries(async (n) => {
    if (n < 3) throw new Error('transient');
    return 'done';
  }, { max: 3, baseDelayMs: 1, factor: 3, maxDelayMs: 100, isRetryable: () => true, onRetry: (_e, n, d) => log.push([n, d]) });
  assert.equal(value, 'done');
  assert.deepEqual(log, [[1, 1], [2, 3]]);
});

test('sleep(ms, signal) rejects with the signal reason when aborted', async () => {
  const c = new AbortController();
  const p = sleep(10_000, c.signal);
  c.abort(new Error('stop'));
  await assert.rejects(p, /stop/);
});
