import type { Logger } from '../core/logger.ts';
import type { RunResult } from './runExperiment.ts';

/**
 * The report step of `eqn main`, called once after a run with its results folder and rows.
 * HOOK: the analysis module (danfojs tables, confidence intervals, figures, HTML) plugs in here;
 * it should write its files inside `result.dir` and return the path of the report's entry page.
 * Until then it writes nothing and returns undefined.
 */
export async function reportStep(result: RunResult, options: { logger: Logger }): Promise<string | undefined> {
  void result;
  void options;
  return undefined;
}
