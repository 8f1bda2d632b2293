/** A counting semaphore: at most `limit` tasks run at once, the rest wait in FIFO order. */
export interface Semaphore {
  readonly limit: number;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
  /** Run `task` when a slot is free; the slot is released when it settles. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Create a semaphore bounding concurrent calls (e.g. to one Ollama server).
 * @throws when limit is not a positive integer.
 * @example const s = createSemaphore(2); await s.run(() => model.chat(request))
 */
export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`createSemaphore: limit must be a positive integer, got ${limit}`);
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    limit,
    get active() { return active; },
    get waiting() { return queue.length; },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
