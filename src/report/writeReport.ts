import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadRun } from '../analysis/loadRun.ts';
import { summaryTable } from '../analysis/summaryTable.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters } from '../core/paperParameters.ts';
import { exportFigures, type ImageFormat } from '../figures/exportFigures.ts';
import { plotlySource } from '../figures/plotlySource.ts';
import { manifestSummary } from './manifestSummary.ts';
import { reportFigures } from './reportFigures.ts';
import { reportHtml, type ReportModel } from './reportHtml.ts';
import { selectTranscripts } from './selectTranscripts.ts';
import { isSimulatedRun } from './simulatedNotice.ts';
import { summaryTableView } from './summaryTableView.ts';
import { transcriptView } from './transcriptView.ts';

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  /** Output folder (default `<runDir>/report`); the page is `<out>/index.html`. */
  out?: string;
  /** Write static figures to `<out>/figures/` (default true). */
  static?: boolean;
  /** Static formats (default svg and png; pdf is available). */
  formats?: readonly ImageFormat[];
  /** When the static export fails (e.g. no Chromium): 'throw' (default) or 'warn' through the logger and keep the page. */
  onStaticError?: 'throw' | 'warn';
  /** Most transcripts embedded in the viewer (default 600; a balanced sample beyond). */
  maxTranscripts?: number;
  /** Bootstrap resamples of the intervals (default 2000). */
  resamples?: number;
  /** A browser to reuse for the static export (left open). */
  browser?: Browser;
  logger?: Logger;
}

/**
 * Write the HTML report of a results folder: `<out>/index.html`, one self-contained page (inline
 * plotly.js and data, no network) with the manifest summary, summary tables with intervals, the
 * interactive figures and a transcript viewer, and (unless `static: false`) the figures as SVG
 * and PNG in `<out>/figures/`. The run is read with the analysis layer's loadRun, so a folder
 * that fails its checks is refused with loadRun's error. Returns the page's path.
 * @throws when the folder cannot be loaded, an option is invalid, or the static export fails
 *   with onStaticError 'throw' (the page is written first, and the error names it).
 * @example await writeReport('results/smoke') // 'results/smoke/report/index.html'
 */
export async function writeReport(runDir: string, options: WriteReportOptions = {}): Promise<string> {
  const logger = options.logger ?? silentLogger;
  const out = options.out ?? join(runDir, 'report');
  const maxTranscripts = options.maxTranscripts ?? 600;
  if (!(Number.isInteger(maxTranscripts) && maxTranscripts >= 0)) throw new Error(`writeReport: options.maxTranscripts = ${maxTranscripts}, expected a non-negative integer`);
  const formats = options.formats ?? ['svg', 'png'];
  for (const f of formats) if (!['svg', 'png', 'pdf'].includes(f)) throw new Error(`writeReport: options.formats contains ${JSON.stringify(f)}, expected svg, png or pdf`);
  const resamples = options.resamples === undefined ? {} : { resamples: options.resamples };

  // The page shows filtered beliefs only, so the forward-backward smoothing of loadRun is skipped.
  const run = loadRun(runDir, { logger, smoothing: 'none' });
  if (run.negotiations.length === 0) throw new Error(`writeReport: ${runDir} holds no finished negotiation`);
  const byPolicy = summaryTable(run.negotiations, { by: ['policy'], ...resamples });
  const byPersonaPolicy = summaryTable(run.negotiations, { by: ['persona', 'policy'], ...resamples });
  const params = loadPaperParameters();
  const figures = reportFigures(run, { byPolicy, byPersonaPolicy, switchDefaults: params.defaults.hmmActivation, ...resamples });
  const ids = selectTranscripts(run.negotiations, { max: maxTranscripts });
  const warnings: string[] = [];
  if (!run.manifest.complete) warnings.push(`The run is incomplete: ${run.manifest.completed} of ${run.manifest.grid.negotiations} negotiations finished; the tables and figures cover those only.`);
  if (run.orphanTranscripts.length > 0) warnings.push(`${run.orphanTranscripts.length} transcript(s) without a record (interrupted negotiations) are left out.`);
  const models = new Set(run.negotiations.map((r) => `${r.creditorModel}|${r.debtorModel}`));
  if (models.size > 1) warnings.push(`The run has ${models.size} creditor/debtor model pairs; the tables and figures pool them.`);

  mkdirSync(out, { recursive: true });
  const page = join(out, 'index.html');
  const staticFiles = options.static === false ? [] : figures.flatMap((f) => formats.map((fmt) => `figures/${f.id}.${fmt}`));
  const model: ReportModel = {
    title: `EQ-Negotiator run report: ${run.manifest.identity.experiment.name}`,
    runDir: shownPath(out, runDir),
    simulated: isSimulatedRun(run.manifest, run.negotiations),
    manifest: manifestSummary(run.manifest),
    tables: [
      summaryTableView(byPolicy, { id: 'by-policy', title: 'By policy (all personas)', fields: ['policy'] }),
      summaryTableView(byPersonaPolicy, { id: 'by-persona-policy', title: 'By debtor persona and policy', fields: ['persona', 'policy'] }),
    ],
    figures,
    transcripts: ids.map((id) => transcriptView(run.transcripts.get(id)!)),
    negotiations: run.negotiations.length,
    warnings,
    staticFiles,
  };
  const write = (m: ReportModel) => writeFileSync(page, reportHtml(m, { plotlyJs: plotlySource() }));
  write(staticFiles.length === 0 ? model : { ...model, staticFiles: [] });
  if (staticFiles.length === 0) return page;
  try {
    const items = figures.flatMap((f) => formats.map((format) => ({ figure: f.figure, path: join(out, 'figures', `${f.id}.${format}`), format })));
    await exportFigures(items, options.browser === undefined ? {} : { browser: options.browser });
  } catch (err) {
    const message = `writeReport: the page ${page} is written, but the static export to ${join(out, 'figures')} failed: ${(err as Error).message}`;
    if (options.onStaticError === 'warn') {
      logger.warn(message);
      return page;
    }
    throw new Error(message);
  }
  write(model);
  logger.info(`report: ${staticFiles.length} static figure files in ${join(out, 'figures')}`);
  return page;
}

/** The run folder as the page shows it: relative to the page when it is nearby, else absolute. */
function shownPath(out: string, runDir: string): string {
  const rel = relative(resolve(out), resolve(runDir));
  return rel === '' ? '.' : rel.startsWith('../..') ? resolve(runDir) : rel;
}
