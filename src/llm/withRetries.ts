import type { Rng } from '../core/rng.ts';

/** Exponential backoff settings. */
export interface RetryOptions {
  /** Retries after the first attempt (0 = try once). */
  max: number;
  /** Delay before the first retry. */
  baseDelayMs: number;
  /** Each further retry waits `factor` times longer ... */
  factor: number;
  /** ... up to this cap. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = { max: 2, baseDelayMs: 500, factor: 2, maxDelayMs: 8000 };

/**
 * Delay before retry number `retry` (1-based): min(maxDelayMs, baseDelayMs * factor^(retry-1)).
 * With an rng the delay is jittered into [d/2, d) ("equal jitter"); without one it is exact.
 * @example backoffDelay(3, { max: 5, baseDelayMs: 100, factor: 2, maxDelayMs: 1000 }) // 400
 */
export function backoffDelay(retry: number, options: RetryOptions, rng?: Rng): number {
  const d = Math.min(options.maxDelayMs, options.baseDelayMs * Math.pow(options.factor, retry - 1));
  return rng === undefined ? d : d / 2 + (d / 2) * rng.next();
}

/** Wait `ms`, rejecting early with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Hooks for {@link withRetries}. */
export interface WithRetriesOptions extends RetryOptions {
  /** Whether an error is worth another attempt. */
  isRetryable: (err: unknown) => boolean;
  /** Called before each wait, e.g. to log a warning. */
  onRetry?: (err: unknown, retry: number, delayMs: number) => void;
  signal?: AbortSignal;
  rng?: Rng;
}

/**
 * Run `attempt(n)` (n from 1) until it resolves, the error is not retryable, or `max` retries
 * are spent; waits with exponential backoff in between. Rejects with the last error.
 */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: WithRetriesOptions): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (n > options.max || !options.isRetryable(err)) throw err;
      const delay = backoffDelay(n, options, options.rng);
      options.onRetry?.(err, n, delay);
      await sleep(delay, options.signal);
    }
  }
}
