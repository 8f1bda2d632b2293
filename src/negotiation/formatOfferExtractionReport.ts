import type { FinalAgreement, OfferExtractionReport, TurnAgreement } from './evaluateOfferExtraction.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');

function turnLine(label: string, t: TurnAgreement): string {
  return `  ${label.padEnd(10)} ${String(t.turns).padStart(5)} ${String(t.recorded).padStart(8)} ${pct(t.exactRate).padStart(7)} ${pct(t.withinOneDayRate).padStart(7)} ${String(t.extractedNull).padStart(6)} ${String(t.recordedNull).padStart(7)} ${String(t.extractedWhereRecordedNull).padStart(8)}`;
}

function finalLines(label: string, rows: FinalAgreement[]): string[] {
  return rows.map((r) => `  ${label.padEnd(10)} ${r.rule.padEnd(9)} ${String(r.accepted).padStart(8)} ${String(r.matchesRecorded).padStart(9)} ${String(r.matchesExtracted).padStart(10)} ${String(r.matchesBoth).padStart(5)}`);
}

/**
 * Plain-text rendering of an {@link OfferExtractionReport} (what `eqn eval-offers` prints).
 * @example formatOfferExtractionReport(evaluateOfferExtraction(loadRecordedDialogues()))
 */
export function formatOfferExtractionReport(report: OfferExtractionReport, options: { source?: string } = {}): string {
  const lines = [
    `Offer extraction vs the offers recorded in ${report.dialogues} dialogues${options.source ? ` (${options.source})` : ''}`,
    '',
    'Per turn (rates over turns with a recorded offer; "extra" = an offer extracted where the record has none):',
    '  group      turns recorded   exact  +-1day  null  recNull    extra',
    turnLine('all', report.turns),
    ...Object.entries(report.byProject).map(([k, v]) => turnLine(k, v)),
    ...Object.entries(report.byRole).map(([k, v]) => turnLine(k, v)),
    '',
    'Final days of accepted dialogues from the last offer of each side (rule applied to recorded / extracted offers / both):',
    '  group      rule      accepted  recorded  extracted  both',
    ...finalLines('all', report.final),
    ...Object.entries(report.finalByProject).flatMap(([k, v]) => finalLines(k, v)),
  ];
  if (report.disagreements.length > 0) {
    lines.push('', `First ${report.disagreements.length} disagreements (dialogue#turn role recorded -> extracted: text):`);
    for (const d of report.disagreements) {
      const text = d.text.replace(/\s+/g, ' ');
      lines.push(`  ${d.dialogueId}#${d.turn} ${d.role} ${d.recorded} -> ${d.extracted}: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
