import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../core/dataPath.ts';
import { silentLogger } from '../core/logger.ts';
import { defaultCreditorMaxDays } from './defaultCreditorMaxDays.ts';
import { finishScenario, type ScenarioLoadOptions } from './loadCradScenarios.ts';
import type { Scenario } from './types.ts';

const dayString = z.string().regex(/^\s*\d+\s*$/, 'expected a whole number of days as a string');

/** The fields of one authors' config this kit reads; other fields (emotions, names) are allowed and ignored. */
const configSchema = z.object({
  id: z.string().min(1),
  product: z.object({ description: z.string() }),
  seller: z.object({ target_price: dayString }),
  buyer: z.object({ target_price: dayString }),
  metadata: z.object({
    outstanding_balance: z.number().finite().nonnegative(),
    days_overdue: z.number().int().nonnegative(),
  }),
});

/**
 * Convert the authors' 200 jittered configs (EmoDebt `config/scenarios.json`) into scenarios:
 * seller = creditor and buyer = debtor, their `target_price` strings are days; the id is kept
 * (`debt_0_0`); the case text is `product.description`.
 * @throws naming the source, the entry (index and id), the field path and the value.
 * @example parseAuthorScenarios(JSON.parse(text))[0].creditorTargetDays // 11
 */
export function parseAuthorScenarios(raw: unknown, options: ScenarioLoadOptions & { source?: string } = {}): Scenario[] {
  const source = options.source ?? 'parseAuthorScenarios';
  const maxDays = options.maxDays ?? defaultCreditorMaxDays;
  const logger = options.logger ?? silentLogger;
  if (!Array.isArray(raw)) throw new Error(`${source}: expected a JSON array of scenarios, got ${typeof raw}`);
  const seen = new Set<string>();
  return raw.map((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const where = `${source}: row ${i}${typeof id === 'string' ? ` (${id})` : ''}`;
    const parsed = configSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], entry);
      throw new Error(`${where}: field ${issue.path.join('.') || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
    }
    const c = parsed.data;
    if (seen.has(c.id)) throw new Error(`${where}: field id = ${JSON.stringify(c.id)}: duplicate id`);
    seen.add(c.id);
    return finishScenario(
      {
        id: c.id,
        source: 'authors-200',
        creditorTargetDays: Number(c.seller.target_price),
        debtorTargetDays: Number(c.buyer.target_price),
        outstandingBalance: c.metadata.outstanding_balance,
        daysOverdue: c.metadata.days_overdue,
        description: c.product.description,
      },
      { where, maxDays, logger },
    );
  });
}

/**
 * Load and validate the authors' 200 configs (default: `data/authors/debt_collection_scenarios.json`).
 * @throws naming the file, row, field and value of the first invalid entry.
 */
export function loadAuthorScenarios(options: ScenarioLoadOptions & { path?: string } = {}): Scenario[] {
  const path = options.path ?? dataPath('authors', 'debt_collection_scenarios.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadAuthorScenarios: cannot read ${path}: ${(err as Error).message}`);
  }
  return parseAuthorScenarios(raw, { ...options, source: path });
}
