/** Receives the runner's progress: negotiations finished out of a total. */
export interface ProgressReporter {
  /** `done` negotiations were already finished (a resumed run) out of `total`. */
  start(total: number, done: number): void;
  /** One more negotiation finished. */
  tick(): void;
  /** The run stopped (finished or interrupted): draw the last state. */
  finish(): void;
}

/** A reporter that shows nothing (library use, tests). */
export const silentProgress: ProgressReporter = { start: () => {}, tick: () => {}, finish: () => {} };

/** What the reporter writes to: stderr in the CLI. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * A progress bar with rate and ETA on a terminal (redrawn in place at most every `redrawMs`),
 * plain lines every `intervalMs` otherwise (logs, CI). The clock is injected for tests.
 * @example createProgressReporter({ stream: process.stderr }).start(43200, 0)
 */
export function createProgressReporter(options: {
  stream: ProgressStream;
  now?: () => number;
  intervalMs?: number;
  redrawMs?: number;
  unit?: string;
}): ProgressReporter {
  const { stream } = options;
  const now = options.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const every = tty ? (options.redrawMs ?? 100) : (options.intervalMs ?? 10_000);
  const unit = options.unit ?? 'negotiations';
  let total = 0, startDone = 0, done = 0, t0 = 0, last = -Infinity;
  const draw = (final: boolean): void => {
    const t = now();
    if (!final && t - last < every) return;
    last = t;
    const state = { done, total, sessionDone: done - startDone, elapsedMs: t - t0, unit };
    if (tty) stream.write(`\r\x1b[2K${formatProgress(state, { barWidth: Math.max(10, Math.min(40, (stream.columns ?? 80) - 60)) })}${final ? '\n' : ''}`);
    else stream.write(`${formatProgress(state)}\n`);
  };
  return {
    start(n, already) {
      total = n;
      startDone = done = already;
      t0 = now();
      last = -Infinity;
      draw(false);
    },
    tick() {
      done++;
      draw(done === total);
      if (done === total) last = Infinity;
    },
    finish() {
      if (last !== Infinity) draw(true);
      last = Infinity;
    },
  };
}

/**
 * One progress line: count, percentage, rate over this session and ETA; with `barWidth`, a bar.
 * @example formatProgress({ done: 50, total: 200, sessionDone: 50, elapsedMs: 1000, unit: 'negotiations' })
 * // 'progress: 50/200 (25.0%), 50.0 negotiations/s, ETA 3s'
 */
export function formatProgress(
  state: { done: number; total: number; sessionDone: number; elapsedMs: number; unit: string },
  options: { barWidth?: number } = {},
): string {
  const { done, total, sessionDone, elapsedMs, unit } = state;
  const fraction = total > 0 ? done / total : 1;
  const rate = elapsedMs > 0 ? (sessionDone * 1000) / elapsedMs : 0;
  const eta = done >= total ? 'done' : rate > 0 ? `ETA ${formatDuration(((total - done) / rate) * 1000)}` : 'ETA ?';
  const counts = `${done}/${total} (${(fraction * 100).toFixed(1)}%), ${rate.toFixed(1)} ${unit}/s, ${eta}`;
  if (options.barWidth === undefined) return `progress: ${counts}`;
  const filled = Math.round(fraction * options.barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(options.barWidth - filled)}] ${counts}`;
}

/** Whole seconds as '42s', '3m05s', '1h02m'. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
