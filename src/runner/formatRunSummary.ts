import { formatSummaryTable, SUMMARY_TABLE_LEGEND } from './formatSummaryTable.ts';
import type { RunResult } from './runExperiment.ts';
import { summarizeRecords } from './summarizeRecords.ts';

/** What METHOD.md section 8 asks to state wherever simulated results appear. */
export const SIMULATED_BACKEND_NOTE =
  'Simulated backend: policies are compared under the paper\'s assumptions about how debtors respond; ' +
  'this tests the method\'s internal logic, not real debtors or real language models (those come from the Ollama backend).';

/**
 * The text printed after a run: what ran, a table per policy (all personas), a table per persona
 * and policy, and the simulated-backend caveat when it applies.
 * @example process.stdout.write(formatRunSummary(await runExperiment(experiment, options)))
 */
export function formatRunSummary(result: RunResult): string {
  const { rows, manifest } = result;
  const head =
    `${rows.length} of ${result.total} negotiations finished (${result.ran} in this session); ` +
    `backend ${manifest.backend.name}, detector ${manifest.detector.name}` +
    (manifest.detector.tfjsBackend === 'not used' ? '' : ` (tfjs ${manifest.detector.tfjsBackend})`);
  const parts = [head, ''];
  if (rows.length > 0) {
    parts.push('Per policy (all personas):', formatSummaryTable(summarizeRecords(rows, { by: ['policy'] })), '');
    parts.push('Per persona and policy:', formatSummaryTable(summarizeRecords(rows, { by: ['persona', 'policy'] })), '');
    parts.push(SUMMARY_TABLE_LEGEND, '');
  }
  if (result.experiment.backend.type === 'simulated') parts.push(SIMULATED_BACKEND_NOTE, '');
  return parts.join('\n');
}
