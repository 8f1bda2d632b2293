import { EMOTIONS } from '../core/emotions.ts';
import type { ClassificationReport } from './classificationReport.ts';

/**
 * Plain-text table of a classification report: accuracy, macro-F1, per-class precision, recall,
 * F1 and support, then the confusion matrix (rows gold, columns predicted).
 */
export function formatReport(report: ClassificationReport): string {
  const f = (x: number) => (Number.isNaN(x) ? '   nan' : x.toFixed(4).padStart(6));
  const lines = [
    `n = ${report.n}   accuracy = ${f(report.accuracy).trim()}   macro-F1 = ${f(report.macroF1).trim()}`,
    '',
    `${'emotion'.padEnd(10)} precision  recall      f1  support`,
    ...report.perClass.map((c) => `${c.emotion.padEnd(10)}    ${f(c.precision)}  ${f(c.recall)}  ${f(c.f1)}  ${String(c.support).padStart(7)}`),
    '',
    'confusion (rows gold, columns predicted)',
    `${''.padEnd(10)}${EMOTIONS.map((e) => e.slice(0, 7).padStart(8)).join('')}`,
    ...report.confusion.map((row, i) => `${EMOTIONS[i].padEnd(10)}${row.map((v) => String(v).padStart(8)).join('')}`),
  ];
  return lines.join('\n');
}

/** Per-class scores as CSV (`emotion,precision,recall,f1,support`, then macro and accuracy rows). */
export function reportToCsv(report: ClassificationReport): string {
  const rows = ['emotion,precision,recall,f1,support', ...report.perClass.map((c) => `${c.emotion},${c.precision},${c.recall},${c.f1},${c.support}`)];
  rows.push(`macro,,,${report.macroF1},${report.n}`, `accuracy,,,${report.accuracy},${report.n}`);
  return `${rows.join('\n')}\n`;
}

/** The confusion matrix as CSV: header `gold\predicted,Joy,...`, one row per gold emotion. */
export function confusionToCsv(report: ClassificationReport): string {
  const rows = [`gold\\predicted,${EMOTIONS.join(',')}`, ...report.confusion.map((row, i) => `${EMOTIONS[i]},${row.join(',')}`)];
  return `${rows.join('\n')}\n`;
}
