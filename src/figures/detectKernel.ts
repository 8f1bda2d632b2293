/** The notebook kernel the code runs in, if any. */
export type Kernel = 'tslab' | 'deno' | 'none';

/**
 * Which notebook kernel runs this code: tslab (it defines `globalThis.__tslab__` before running a
 * cell), Deno's `deno jupyter` (where `Deno.jupyter` is readable; elsewhere reading it throws),
 * or none (scripts, tests, servers). `globals` is injectable for tests.
 * @example detectKernel() // 'none' under node --test
 */
export function detectKernel(options: { globals?: Record<string, unknown> } = {}): Kernel {
  const g = options.globals ?? (globalThis as unknown as Record<string, unknown>);
  const tslab = g.__tslab__ as { require?: unknown } | undefined;
  if (tslab !== undefined && typeof tslab.require === 'function') return 'tslab';
  const deno = g.Deno as { jupyter?: unknown } | undefined;
  if (deno !== undefined) {
    try {
      if (deno.jupyter !== undefined) return 'deno';
    } catch {
      // Deno throws on reading Deno.jupyter outside `deno jupyter`: that is the answer, not an error.
      return 'none';
    }
  }
  return 'none';
}
