import { z } from 'zod';
import { HMM_MODES, isPolicyName, POLICY_NAMES } from './policyNames.ts';

/**
 * A policy as an experiment file specifies it. Strict: a misspelt key is an error. Only `name` is
 * required; every other field defaults as in {@link createPolicy}.
 * - name: one of POLICY_NAMES
 * - hmmMode: 'paper-code' (default) | 'principled' | '2503' (eq-negotiator, hmm-only)
 * - k, n: Eq. 4 switch, k negatives of the last n (default 4 of 5; 3 of 5 in 2503 mode)
 * - tieRule: 'first' | 'random', ties of the payoff-table choices (default 'first'; 'random' in 2503 mode)
 * - wslsThreshold: WSLS lose threshold (default 2.0)
 * - online: learn across negotiations (default true)
 * - payoffArithmetic: 'float' (default) | 'int-truncate' (what the authors' int64 numpy table does)
 * - priorStrength, forgetting, emissionModel ('product' | 'state'), stateWeights: principled mode only
 */
export const policyConfigSchema = z.object({
  name: z.string().refine(isPolicyName, { message: `not a policy name; valid names: ${POLICY_NAMES.join(', ')}` }),
  hmmMode: z.enum(HMM_MODES).optional(),
  k: z.number().int().positive().optional(),
  n: z.number().int().positive().optional(),
  tieRule: z.enum(['first', 'random']).optional(),
  wslsThreshold: z.number().finite().optional(),
  online: z.boolean().optional(),
  payoffArithmetic: z.enum(['float', 'int-truncate']).optional(),
  priorStrength: z.number().finite().positive().optional(),
  forgetting: z.number().min(0).max(1).optional(),
  emissionModel: z.enum(['product', 'state']).optional(),
  stateWeights: z.boolean().optional(),
}).strict();

/** A validated policy config. */
export type PolicyConfig = z.infer<typeof policyConfigSchema>;

/**
 * Validate raw JSON as a {@link PolicyConfig}.
 * @throws `<source>: field <path> = <value>: <reason>` on the first issue.
 * @example parsePolicyConfig({ name: 'eq-negotiator', hmmMode: 'principled' }).hmmMode // 'principled'
 */
export function parsePolicyConfig(raw: unknown, options: { source?: string } = {}): PolicyConfig {
  const source = options.source ?? 'parsePolicyConfig';
  const parsed = policyConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    throw new Error(`${source}: unknown field ${issue.keys.join(', ')}; valid fields: ${Object.keys(policyConfigSchema.shape).join(', ')}`);
  }
  const path = issue.path.join('.');
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
  throw new Error(`${source}: field ${path || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
}
