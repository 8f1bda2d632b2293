import { z } from 'zod';
import { CACHE_MODES } from '../../llm/cachedChatModel.ts';
import { DEFAULT_OLLAMA_HOST } from '../../llm/ollamaChatModel.ts';

const options = z.object({
  seed: z.number().int().optional(),
  temperature: z.number().min(0).optional(),
  num_ctx: z.number().int().positive().optional(),
  num_predict: z.number().int().optional(),
  top_p: z.number().min(0).max(1).optional(),
}).strict();

const schema = z.object({
  /** Where Ollama listens. */
  host: z.string().url().default(DEFAULT_OLLAMA_HOST),
  /** Model per role; judge and detector default to the creditor's model (the paper's detector is the creditor's own model). */
  models: z.object({
    creditor: z.string().min(1),
    debtor: z.string().min(1),
    judge: z.string().min(1).optional(),
    detector: z.string().min(1).optional(),
  }).strict(),
  /** Options for every role. A seed here is sent on every call; without one each call draws a seed from the negotiation's rng. */
  options: options.prefault({}),
  /** Per-role overrides. Defaults: debtor temperature 0.7, judge and detector 0. The creditor's temperature always comes from the policy's trace. */
  roleOptions: z.object({
    creditor: options.optional(),
    debtor: options.optional(),
    judge: options.optional(),
    detector: options.optional(),
  }).strict().prefault({}),
  /** Ollama keep_alive, e.g. '10m' or -1. */
  keepAlive: z.union([z.string(), z.number()]).optional(),
  /** Per-attempt timeout of one call. */
  timeoutMs: z.number().int().positive().default(120_000),
  retries: z.object({
    max: z.number().int().min(0).default(2),
    baseDelayMs: z.number().min(0).default(500),
    factor: z.number().min(1).default(2),
    maxDelayMs: z.number().min(0).default(8000),
  }).strict().prefault({}),
  /** Calls in flight at once against the server. */
  concurrency: z.number().int().positive().default(2),
  /** Stream replies and assemble the chunks (Ollama's default). */
  stream: z.boolean().default(true),
  /** Record/replay cache; replay needs no server. */
  cache: z.object({ dir: z.string().min(1), mode: z.enum(CACHE_MODES as ['record', 'replay', 'auto']) }).strict().optional(),
  /** Folder with creditor.json, debtor.json, judge.json, detector.json (default data/prompts). */
  promptsDir: z.string().min(1).optional(),
  /** Check the server and models before the first negotiation (skipped in replay mode). */
  preflight: z.boolean().default(true),
}).strict();

/** A validated Ollama backend configuration (defaults filled in). */
export type OllamaBackendConfig = z.output<typeof schema>;
/** What a user writes: every field but `models` may be omitted. */
export type OllamaBackendConfigInput = z.input<typeof schema>;

/**
 * Validate an Ollama backend configuration (zod `.strict()`: a misspelt option is an error).
 * @throws naming the source, the field path and the offending value.
 * @example parseOllamaBackendConfig({ models: { creditor: 'qwen2.5:7b', debtor: 'qwen2.5:7b' } }).timeoutMs // 120000
 */
export function parseOllamaBackendConfig(raw: unknown, source = 'ollama backend config'): OllamaBackendConfig {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)];
  const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
  throw new Error(`${source}: field ${path.join('.') || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
}
