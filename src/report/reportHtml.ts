import { EMOTIONS } from '../core/emotions.ts';
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import { FIGURE_CONFIG } from '../figures/figureHtml.ts';
import { paperTheme } from '../figures/paperTheme.ts';
import { scriptJson } from '../figures/scriptJson.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { ReportFigure } from './reportFigures.ts';
import { SIMULATED_NOTICE } from './simulatedNotice.ts';
import type { TableView } from './summaryTableView.ts';
import type { TranscriptView } from './transcriptView.ts';
import { VIEWER_SCRIPT } from './viewerScript.ts';

/** Everything the report page shows, computed beforehand (see writeReport). */
export interface ReportModel {
  title: string;
  /** The results folder, as given. */
  runDir: string;
  simulated: boolean;
  manifest: [string, string][];
  tables: TableView[];
  figures: ReportFigure[];
  transcripts: TranscriptView[];
  /** Negotiations in the run (the viewer may embed fewer). */
  negotiations: number;
  /** Warnings to show (e.g. an incomplete run, transcripts left out). */
  warnings: string[];
  /** Static files written beside the page, relative to it (empty when not exported). */
  staticFiles: string[];
}

/**
 * The report as one self-contained HTML page: plotly.js and all data inline, no network request.
 * Sections: the run (manifest), summary tables, figures, transcript viewer; on the simulated
 * backend each of them states so. Pure: the same model and library give the same page.
 * @example reportHtml(model, { plotlyJs: plotlySource() }).startsWith('<!doctype html>') // true
 */
export function reportHtml(model: ReportModel, options: { plotlyJs: string }): string {
  const notice = model.simulated ? `<p class="notice" role="note">${escapeHtml(SIMULATED_NOTICE)}</p>` : '';
  const payload = {
    plotlyConfig: FIGURE_CONFIG,
    figures: model.figures.map((f) => ({ id: f.id, spec: f.figure })),
    transcripts: model.transcripts,
    states: DEBTOR_STATES,
    emotions: EMOTIONS,
    stateColors: paperTheme.stateColors,
    palette: paperTheme.palette,
  };
  const manifest = model.manifest.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n');
  const warnings = model.warnings.map((w) => `<p class="warning">${escapeHtml(w)}</p>`).join('\n');
  const tables = model.tables.map(tableHtml).join('\n');
  const figures = model.figures
    .map((f) => {
      const files = model.staticFiles.filter((p) => p.startsWith(`figures/${f.id}.`));
      const links = files.length === 0 ? '' : ` <span class="files">static: ${files.map((p) => `<a href="${escapeHtml(p)}">${escapeHtml(p.slice(p.lastIndexOf('.') + 1).toUpperCase())}</a>`).join(' ')}</span>`;
      return `<figure id="figure-${escapeHtml(f.id)}">\n<h3>${escapeHtml(f.title)}</h3>\n<div class="plot" id="fig-${escapeHtml(f.id)}"></div>\n<figcaption>${escapeHtml(f.caption)}${links}</figcaption>\n</figure>`;
    })
    .join('\n');
  const embedded = model.transcripts.length;
  const viewerNote =
    embedded === model.negotiations
      ? `All ${embedded} negotiations are embedded.`
      : `${embedded} of ${model.negotiations} negotiations are embedded: a balanced sample, the (persona, policy) cells taking turns in run order; the full transcripts are in transcripts.jsonl.`;
  const viewer =
    embedded === 0
      ? '<p>No transcripts are embedded.</p>'
      : `<p>${escapeHtml(viewerNote)} Debtor rows show the debtor's true emotion and hidden state (logged by the simulated backend only) and the creditor's detected emotion (✓ when it matches); creditor rows show the emotion the policy chose, the rule that chose it (hover for the Eq. 4 evidence) and the HMM belief after the preceding debtor message (hover the bar for every state).</p>
<div id="viewer">
<div class="filters">
<label>persona <select id="filter-persona"></select></label>
<label>policy <select id="filter-policy"></select></label>
<label>scenario <select id="filter-scenario"></select></label>
<label>seed <select id="filter-seed"></select></label>
<span id="negotiation-count"></span>
</div>
<label class="chooser">negotiation <select id="negotiation"></select></label>
<div id="negotiation-summary"></div>
<table class="messages">
<thead><tr><th>#</th><th>speaker</th><th>message</th><th>offer (days)</th><th>debtor emotion (true)</th><th>detected emotion</th><th>hidden state (true)</th><th>creditor emotion</th><th>branch</th><th>HMM belief</th></tr></thead>
<tbody id="messages"></tbody>
</table>
</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(model.title)}</h1>
${notice}
</header>
<nav><a href="#run">Run</a> · <a href="#tables">Tables</a> · <a href="#figures">Figures</a> · <a href="#transcripts">Transcripts</a></nav>
<section id="run">
<h2>Run</h2>
<dl class="manifest">
${manifest}
<dt>results</dt><dd>${escapeHtml(model.runDir)}</dd>
</dl>
${warnings}
</section>
<section id="tables">
<h2>Summary tables</h2>
${notice}
${tables}
</section>
<section id="figures">
<h2>Figures</h2>
${notice}
${figures}
</section>
<section id="transcripts">
<h2>Transcripts</h2>
${notice}
${viewer}
</section>
<script type="application/json" id="eqn-report-data">${scriptJson(payload)}</script>
<script>${options.plotlyJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}

function tableHtml(t: TableView): string {
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${i >= t.columns.length - 5 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table" id="table-${escapeHtml(t.id)}">\n<h3>${escapeHtml(t.title)}</h3>\n<table class="summary">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n<p class="caption">${escapeHtml(t.caption)}</p>\n</div>`;
}

const STYLE = `
body { font-family: ${paperTheme.font.family}; font-size: 14px; color: ${paperTheme.font.color}; background: #fff; margin: 0 auto; padding: 0 24px 48px; max-width: 1280px; line-height: 1.45; }
h1 { font-size: 24px; margin: 24px 0 8px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
nav { margin: 8px 0 0; }
.notice { background: #fff4e0; border-left: 4px solid ${paperTheme.palette[1]}; padding: 8px 12px; margin: 8px 0; }
.warning { background: #fdecea; border-left: 4px solid ${paperTheme.palette[3]}; padding: 8px 12px; }
dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.manifest dt { font-weight: bold; }
dl.manifest dd { margin: 0; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table { overflow-x: auto; }
.caption, figcaption { color: #555; font-size: 13px; max-width: 960px; }
figure { margin: 16px 0 28px; }
.plot { overflow-x: auto; }
.files a { margin-left: 6px; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.chooser select { max-width: 100%; }
#negotiation-count { color: #555; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 10px 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table.messages tr.creditor td { background: #f4f8fc; }
table.messages td.text { max-width: 520px; }
.flag { color: ${paperTheme.palette[3]}; font-size: 12px; }
td.failed { color: ${paperTheme.palette[3]}; }
.belief-bar { display: flex; width: 120px; height: 10px; border: 1px solid #999; }
.belief-bar span { display: block; height: 100%; }
.belief-text { font-size: 11px; color: #555; }
.empty { color: #555; font-style: italic; }
`;
