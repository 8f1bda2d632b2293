import { readFileSync } from 'node:fs';
import { dataPath } from '../core/dataPath.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { defaultCreditorMaxDays, type MaxDaysRule, type ScenarioDraft } from './defaultCreditorMaxDays.ts';
import { parseCsv } from './parseCsv.ts';
import { validateScenario } from './scenarioSchema.ts';
import type { Scenario } from './types.ts';

/** Options shared by the scenario loaders. */
export interface ScenarioLoadOptions {
  /** The creditor's walk-away limit per scenario; default {@link defaultCreditorMaxDays} (90 days). */
  maxDays?: MaxDaysRule;
  /** Receives a warning for suspicious rows (creditor target not below the debtor's). */
  logger?: Logger;
}

const NUMERIC = {
  outstandingBalance: 'Outstanding Balance (USD)',
  creditorTargetDays: 'Creditor Target Days',
  debtorTargetDays: 'Debtor Target Days',
  daysOverdue: 'Days Overdue',
} as const;

/** Description lines in the authors' order: label, column, and how the value is written. */
const DESCRIPTION: ReadonlyArray<[string, string, 'text' | 'money' | 'days' | 'percent']> = [
  ['Credit Type', 'Credit Type', 'text'],
  ['Original Amount', 'Original Amount (USD)', 'money'],
  ['Outstanding Balance', 'Outstanding Balance (USD)', 'money'],
  ['Days Overdue', 'Days Overdue', 'days'],
  ['Purchase Purpose', 'Purchase Purpose', 'text'],
  ['Reason for Overdue', 'Reason for Overdue', 'text'],
  ['Business Sector', 'Business Sector', 'text'],
  ['Collateral', 'Collateral', 'text'],
  ['Recovery Stage', 'Recovery Stage', 'text'],
  ['Cash Flow Situation', 'Cash Flow Situation', 'text'],
  ['Business Impact', 'Business Impact Description', 'text'],
  ['Proposed Solution', 'Proposed Solution', 'text'],
  ['Recovery Probability', 'Recovery Probability (%)', 'percent'],
  ['Interest Accrued', 'Interest Accrued (USD)', 'money'],
];

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Parse the CRAD CSV (`data/crad/credit_recovery_scenarios.csv`) into validated scenarios with ids
 * `crad-001`... in row order. The case description is rendered exactly as the authors' configs
 * render it (`Debt Collection Scenario:\n- Credit Type: ...`); description columns that are absent
 * are skipped, the four numeric columns are required.
 * @throws naming the source, the 1-based data row, the column and the value.
 * @example parseCradScenarios(text)[0].creditorTargetDays // 12
 */
export function parseCradScenarios(text: string, options: ScenarioLoadOptions & { source?: string } = {}): Scenario[] {
  const source = options.source ?? 'parseCradScenarios';
  const maxDays = options.maxDays ?? defaultCreditorMaxDays;
  const logger = options.logger ?? silentLogger;
  const [header, ...rows] = parseCsv(text, { source });
  if (header === undefined) throw new Error(`${source}: the file is empty, expected a header row`);
  const column = new Map(header.map((name, i) => [name.trim(), i]));
  for (const name of Object.values(NUMERIC)) {
    if (!column.has(name)) throw new Error(`${source}: header has no column ${JSON.stringify(name)}`);
  }
  return rows.map((cells, r) => {
    const where = `${source}: row ${r + 1}`;
    if (cells.length !== header.length) {
      throw new Error(`${where}: has ${cells.length} fields, the header has ${header.length}`);
    }
    const cell = (name: string): string | undefined => {
      const i = column.get(name);
      return i === undefined ? undefined : cells[i].trim();
    };
    const numeric = (name: string): number => {
      const value = cell(name) ?? '';
      if (!NUMBER.test(value)) throw new Error(`${where}: field ${JSON.stringify(name)} = ${JSON.stringify(value)}: not a number`);
      return Number(value);
    };
    const draft: ScenarioDraft = {
      id: `crad-${String(r + 1).padStart(3, '0')}`,
      source: 'crad',
      creditorTargetDays: numeric(NUMERIC.creditorTargetDays),
      debtorTargetDays: numeric(NUMERIC.debtorTargetDays),
      outstandingBalance: numeric(NUMERIC.outstandingBalance),
      daysOverdue: numeric(NUMERIC.daysOverdue),
      description: describe(cell, where),
    };
    return finishScenario(draft, { where, maxDays, logger });
  });
}

/**
 * Load and validate the CRAD scenarios (default: the shipped 100-row file).
 * @throws naming the file, row, field and value of the first invalid entry.
 */
export function loadCradScenarios(options: ScenarioLoadOptions & { path?: string } = {}): Scenario[] {
  const path = options.path ?? dataPath('crad', 'credit_recovery_scenarios.csv');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`loadCradScenarios: cannot read ${path}: ${(err as Error).message}`);
  }
  return parseCradScenarios(text, { ...options, source: path });
}

/** Set the walk-away limit, validate, and warn when the creditor's target is not below the debtor's. */
export function finishScenario(draft: ScenarioDraft, options: { where: string; maxDays: MaxDaysRule; logger: Logger }): Scenario {
  const scenario = validateScenario({ ...draft, creditorMaxDays: options.maxDays(draft) }, options.where);
  if (scenario.creditorTargetDays >= scenario.debtorTargetDays) {
    options.logger.warn(
      `${options.where}: creditorTargetDays ${scenario.creditorTargetDays} >= debtorTargetDays ${scenario.debtorTargetDays}: nothing to negotiate`,
    );
  }
  return scenario;
}

function describe(cell: (name: string) => string | undefined, where: string): string {
  const lines = ['Debt Collection Scenario:'];
  for (const [label, name, kind] of DESCRIPTION) {
    const value = cell(name);
    if (value === undefined) continue;
    if (kind !== 'text' && !NUMBER.test(value)) {
      throw new Error(`${where}: field ${JSON.stringify(name)} = ${JSON.stringify(value)}: not a number`);
    }
    const shown =
      kind === 'money' ? `$${Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
      : kind === 'days' ? `${value} days`
      : kind === 'percent' ? `${value}%`
      : value;
    lines.push(`- ${label}: ${shown}`);
  }
  return lines.join('\n');
}
