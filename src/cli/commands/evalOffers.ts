import { parseArgs } from 'node:util';
import { evaluateOfferExtraction } from '../../negotiation/evaluateOfferExtraction.ts';
import { formatOfferExtractionReport } from '../../negotiation/formatOfferExtractionReport.ts';
import { loadRecordedDialogues } from '../../negotiation/loadRecordedDialogues.ts';

export const summary = 'check offer extraction against the authors\' 302 recorded negotiations';

const HELP = `usage: eqn eval-offers [--file path] [--show n] [--json]

Reads recorded debt negotiations (JSON Lines: turns[{role, text, requested_days}], final_state,
final_days; default data/authors/debt_negotiation_dialogues.jsonl) and reports how often the kit's
extractOffer(text) agrees with the recorded offer of each turn, and whether the final-days rules
applied to the extracted offers give the recorded final days of accepted dialogues.

  --file path  another file of the same shape
  --show n     list the first n disagreements (default 10)
  --json       print the report as JSON
`;

/** `eqn eval-offers`: print the offer-extraction report; exit code 0, or 2 on bad arguments. */
export async function run(argv: string[]): Promise<number> {
  let values: { file?: string; show?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { file: { type: 'string' }, show: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`eqn eval-offers: ${(err as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const show = values.show === undefined ? 10 : Number(values.show);
  if (!Number.isInteger(show) || show < 0) {
    process.stderr.write(`eqn eval-offers: --show ${JSON.stringify(values.show)} is not a non-negative integer\n`);
    return 2;
  }
  const dialogues = loadRecordedDialogues({ path: values.file });
  const report = evaluateOfferExtraction(dialogues, { maxDisagreements: show });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatOfferExtractionReport(report, { source: values.file }));
  return 0;
}
