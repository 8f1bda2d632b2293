// The run report: one self-contained HTML page per results folder (eqn report, eqn main).
export * from './simulatedNotice.ts';
export * from './escapeHtml.ts';
export * from './transcriptView.ts';
export * from './selectTranscripts.ts';
export * from './ablationRows.ts';
export * from './summaryTableView.ts';
export * from './manifestSummary.ts';
export * from './reportFigures.ts';
export * from './viewerScript.ts';
export * from './reportHtml.ts';
export * from './writeReport.ts';
