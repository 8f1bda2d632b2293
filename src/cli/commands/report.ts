import { parseArgs } from 'node:util';
import { consoleLogger } from '../../core/logger.ts';
import type { ImageFormat } from '../../figures/exportFigures.ts';
import { writeReport } from '../../report/writeReport.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';

export const summary = 'write the HTML report of a results folder (tables, interactive figures, transcript viewer) and its static figures';

const HELP = `usage: eqn report <run-folder> [options]

Writes ONE self-contained HTML page (plotly.js and data inline, opens offline from file://) with
the run's manifest, summary tables with 95% intervals, interactive figures and a transcript
viewer, plus the figures as static files (SVG and PNG, drawn by plotly.js in headless Chromium).

  --out DIR            output folder (default <run-folder>/report); the page is DIR/index.html
  --no-static          skip the static figures (no browser needed)
  --formats LIST       static formats, comma-separated: svg, png, pdf (default svg,png)
  --max-transcripts N  most negotiations embedded in the viewer (default 600; a balanced sample beyond)
  --resamples N        bootstrap resamples of the intervals (default 2000)
  -h, --help

Chromium: EQN_CHROMIUM, else /usr/bin/chromium or a system Chrome; the kit never downloads one.
`;

/** Parsed `eqn report` arguments. @throws naming the flag and value. */
export function parseReportArgs(argv: string[]): { help: true } | { help: false; runDir: string; out?: string; static: boolean; formats?: ImageFormat[]; maxTranscripts?: number; resamples?: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      'no-static': { type: 'boolean' },
      formats: { type: 'string' },
      'max-transcripts': { type: 'string' },
      resamples: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length !== 1) throw new Error(`eqn report: expected one results folder, got ${positionals.length === 0 ? 'none' : JSON.stringify(positionals)}`);
  const int = (flag: string, v: string | undefined, min: number) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min) throw new Error(`eqn report: --${flag} = ${JSON.stringify(v)}, expected an integer >= ${min}`);
    return Number(v);
  };
  let formats: ImageFormat[] | undefined;
  if (values.formats !== undefined) {
    formats = values.formats.split(',').map((s) => s.trim()).filter((s) => s !== '') as ImageFormat[];
    const bad = formats.find((f) => !['svg', 'png', 'pdf'].includes(f));
    if (bad !== undefined || formats.length === 0) throw new Error(`eqn report: --formats = ${JSON.stringify(values.formats)}, expected a comma-separated list of svg, png, pdf`);
  }
  const maxTranscripts = int('max-transcripts', values['max-transcripts'], 0);
  const resamples = int('resamples', values.resamples, 1);
  return {
    help: false,
    runDir: positionals[0],
    ...(values.out === undefined ? {} : { out: values.out }),
    static: values['no-static'] !== true,
    ...(formats === undefined ? {} : { formats }),
    ...(maxTranscripts === undefined ? {} : { maxTranscripts }),
    ...(resamples === undefined ? {} : { resamples }),
  };
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, parseReportArgs, HELP);
  if (typeof parsed === 'number') return parsed;
  const { help: _help, runDir, ...options } = parsed;
  const page = await writeReport(runDir, { ...options, logger: consoleLogger });
  process.stdout.write(`report: ${page}\n`);
  return 0;
}
