import type { Logger } from '../core/logger.ts';
import type { RunResult } from './runExperiment.ts';

/**
 * The report step of `eqn main`, called once after a run with its results folder and rows:
 * writes the HTML report (src/report writeReport) to `<result.dir>/report/index.html`, with the
 * static figures in `report/figures/`, and returns the page's path. A failed static export (no
 * Chromium) is a warning: the page is still written. Loaded lazily, so the runner does not load
 * the analysis and figure layers until a report is asked for.
 */
export async function reportStep(result: RunResult, options: { logger: Logger }): Promise<string | undefined> {
  const { writeReport } = await import('../report/writeReport.ts');
  return writeReport(result.dir, { logger: options.logger, onStaticError: 'warn' });
}
