/**
 * Run `worker` over `items` with at most `concurrency` running at once, starting items in order.
 * When a worker throws, no further items start; the others finish, then the first error is thrown.
 * @example await runPool([1, 2, 3], 2, async (x) => void console.log(x))
 */
export async function runPool<T>(items: readonly T[], concurrency: number, worker: (item: T, index: number) => Promise<void>): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`runPool: concurrency must be a positive integer, got ${concurrency}`);
  let next = 0;
  let failed = false;
  let firstError: unknown;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await worker(items[i], i);
      } catch (err) {
        if (!failed) firstError = err;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failed) throw firstError;
}
