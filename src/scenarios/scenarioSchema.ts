import { z } from 'zod';
import type { Scenario } from './types.ts';

const days = z.number().int().positive();

/**
 * Strict zod schema of a {@link Scenario}: whole positive days, a non-negative balance, and a
 * creditor walk-away limit at least as large as the creditor's target (so the opening offer is allowed).
 */
export const scenarioSchema = z
  .object({
    id: z.string().min(1),
    source: z.string().min(1),
    creditorTargetDays: days,
    debtorTargetDays: days,
    creditorMaxDays: days,
    outstandingBalance: z.number().finite().nonnegative(),
    daysOverdue: z.number().int().nonnegative(),
    description: z.string(),
  })
  .strict()
  .refine((s) => s.creditorMaxDays >= s.creditorTargetDays, {
    message: 'creditorMaxDays must be >= creditorTargetDays',
    path: ['creditorMaxDays'],
  });

/**
 * Validate one scenario.
 * @throws an error naming `where` (file and row), the field and its value.
 * @example validateScenario(raw, 'crad.csv row 3')
 */
export function validateScenario(raw: unknown, where: string): Scenario {
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || '(root)';
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
  throw new Error(`${where}: field ${field} = ${JSON.stringify(value)}: ${issue.message}`);
}
