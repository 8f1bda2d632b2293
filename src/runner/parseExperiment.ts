import { z } from 'zod';
import { PERSONAS, type Persona } from '../agents/personas.ts';
import { parsePolicyLabel, policyLabel, type PolicyEntry } from './policyLabel.ts';
import { schemaError } from '../core/schemaError.ts';
import { protocolConfigSchema, type ProtocolConfig } from '../negotiation/protocolConfig.ts';
import { policyConfigSchema } from '../policies/policyConfig.ts';
import { parseOllamaBackendConfig, type OllamaBackendConfig } from '../agents/llm/ollamaBackendConfig.ts';

/**
 * Which emotion detector the creditor uses. 'auto': on the simulated backend tfjs when the trained
 * weights exist, else lexicon; on Ollama the creditor's own model ('llm', as in the paper).
 * 'pure-ts' is the trained model scored without TensorFlow.js; 'oracle' reads the simulated
 * debtor's true emotion (ablations).
 */
export type DetectorChoice = 'auto' | 'tfjs' | 'pure-ts' | 'lexicon' | 'llm' | 'oracle';

/** A validated experiment: a grid of negotiations and how to run them. */
export interface Experiment {
  name: string;
  description?: string;
  scenarios: { source: 'crad' | 'authors-200'; ids?: string[]; count?: number };
  personas: Persona[];
  /** Policy configs with unique labels, in grid order. */
  policies: { label: string; config: PolicyEntry }[];
  models: { creditor: string[]; debtor: string[] };
  seeds: number[];
  /**
   * 'simulated', or 'ollama' with the fields of an Ollama backend config (host, options, cache,
   * models.judge / models.detector, ...; see parseOllamaBackendConfig) except the creditor and
   * debtor models, which come from `models`.
   */
  backend: { type: 'simulated' } | ({ type: 'ollama' } & Record<string, unknown>);
  detector: DetectorChoice;
  /** Protocol settings of every negotiation (src/negotiation protocolConfigSchema, defaults filled in). */
  protocol: ProtocolConfig;
  /** Chains run at the same time. */
  concurrency: number;
  /** Results folder; default `results/<name>`. */
  output: string;
}

/** A policy config of src/policies, with an optional label (default {@link policyLabel}). */
const policyObject = policyConfigSchema.extend({ label: z.string().min(1).optional() });

/** A policy is a config object or its short label ('fixed:Joy', 'eq-negotiator/paper-code'). */
const policy = z.preprocess((v, ctx) => {
  if (typeof v !== 'string') return v;
  try {
    return { label: v, ...parsePolicyLabel(v) };
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
    return v;
  }
}, policyObject);

/** The zod schema of experiment files (every object strict: unknown keys are errors). */
export const experimentSchema = z.object({
  $schema: z.string().optional(),
  name: z.string().regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, . _ -'),
  description: z.string().optional(),
  scenarios: z.object({
    source: z.enum(['crad', 'authors-200']),
    ids: z.array(z.string().min(1)).min(1).optional(),
    count: z.number().int().positive().optional(),
  }).strict(),
  personas: z.preprocess((v) => (v === 'all' ? [...PERSONAS] : v), z.array(z.enum(PERSONAS)).min(1)),
  policies: z.array(policy).min(1),
  models: z.object({
    creditor: z.array(z.string().min(1)).min(1),
    debtor: z.array(z.string().min(1)).min(1),
  }).strict().optional(),
  seeds: z.array(z.number().int()).min(1),
  backend: z.discriminatedUnion('type', [
    z.object({ type: z.literal('simulated') }).strict(),
    // Checked in full by parseOllamaBackendConfig (strict) for every model pair, below.
    z.object({ type: z.literal('ollama') }).catchall(z.unknown()),
  ]),
  detector: z.enum(['auto', 'tfjs', 'pure-ts', 'lexicon', 'llm', 'oracle']).optional(),
  protocol: protocolConfigSchema.prefault({}),
  concurrency: z.number().int().positive().optional(),
  output: z.string().min(1).optional(),
}).strict();

/**
 * The Ollama backend config of one model pair: the experiment's backend section with the pair's
 * creditor and debtor models. @throws naming `source`, the field and the value.
 */
export function ollamaBackendConfig(
  backend: Record<string, unknown>,
  pair: { creditor: string; debtor: string },
  source = 'backend',
): OllamaBackendConfig {
  const { type: _type, models, ...rest } = backend;
  return parseOllamaBackendConfig({ ...rest, models: { ...(models as object | undefined), ...pair } }, source);
}

/**
 * Validate raw JSON as an experiment and fill defaults: models sim-creditor x sim-debtor for the simulated
 * backend, detector 'auto', concurrency 8, output `results/<name>`.
 * @throws an error naming the source, the field path and the value (unknown keys included).
 * @example parseExperiment({ name: 'x', scenarios: { source: 'crad', count: 2 }, personas: 'all',
 *   policies: ['vanilla'], seeds: [1], backend: { type: 'simulated' } }, { source: 'x.json' }).personas.length // 9
 */
export function parseExperiment(raw: unknown, options: { source?: string } = {}): Experiment {
  const source = options.source ?? 'experiment';
  const parsed = experimentSchema.safeParse(raw);
  if (!parsed.success) throw schemaError(source, raw, parsed.error);
  const e = parsed.data;
  if (e.scenarios.ids !== undefined && e.scenarios.count !== undefined) {
    throw new Error(`${source}: field scenarios.count = ${e.scenarios.count}: give either scenarios.ids or scenarios.count, not both`);
  }
  const policies = e.policies.map(({ label, ...config }) => ({ label: label ?? policyLabel(config), config }));
  const seen = new Map<string, number>();
  policies.forEach((p, i) => {
    const j = seen.get(p.label);
    if (j !== undefined) throw new Error(`${source}: field policies.${i} = ${JSON.stringify(p.label)}: duplicate policy label (also policies.${j})`);
    seen.set(p.label, i);
  });
  checkUnique(source, 'personas', e.personas);
  checkUnique(source, 'seeds', e.seeds);
  if (e.backend.type === 'ollama') {
    if (e.models === undefined) throw new Error(`${source}: field models = undefined: the ollama backend needs models.creditor and models.debtor`);
    for (const creditor of e.models.creditor) {
      for (const debtor of e.models.debtor) ollamaBackendConfig(e.backend, { creditor, debtor }, `${source}: backend`);
    }
  }
  return {
    name: e.name,
    ...(e.description === undefined ? {} : { description: e.description }),
    scenarios: e.scenarios,
    personas: e.personas,
    policies,
    models: e.models ?? { creditor: ['sim-creditor'], debtor: ['sim-debtor'] },
    seeds: e.seeds,
    backend: e.backend,
    detector: e.detector ?? 'auto',
    protocol: e.protocol,
    concurrency: e.concurrency ?? 8,
    output: e.output ?? `results/${e.name}`,
  };
}

function checkUnique(source: string, field: string, values: readonly unknown[]): void {
  values.forEach((v, i) => {
    const j = values.indexOf(v);
    if (j !== i) throw new Error(`${source}: field ${field}.${i} = ${JSON.stringify(v)}: duplicate of ${field}.${j}`);
  });
}
