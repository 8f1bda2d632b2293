import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataPath } from '../core/dataPath.ts';
import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import { PERSONAS, type Persona } from './personas.ts';
import { placeholders } from './llm/renderTemplate.ts';

/** Creditor prompt data (`creditor.json`). */
export interface CreditorPrompts {
  /** Placeholders: description, balance, daysOverdue, targetDays, maxDays, style. */
  system: string;
  /** The user message before the creditor's first turn. */
  opening: string;
  /** Style instruction per creditor emotion (METHOD.md 2.5). */
  styles: Record<Emotion, string>;
  /** What {{style}} becomes when the policy chose no emotion (vanilla). */
  noStyle: string;
}

/** Debtor prompt data (`debtor.json`). */
export interface DebtorPrompts {
  /** Placeholders: description, balance, daysOverdue, targetDays, persona. */
  system: string;
  personas: Record<Persona, string>;
}

/** Judge prompt data (`judge.json`). */
export interface JudgePrompts {
  system: string;
  /** Placeholders: transcript, creditorOffer, debtorOffer, maxDays. */
  user: string;
  /** How many final messages the judge reads. */
  finalExchangeMessages: number;
  /** Sent to Ollama as `format`: 'json' or the JSON schema of the reply. */
  format: 'json' | Record<string, unknown>;
}

/** Detector prompt data (`detector.json`). */
export interface DetectorPrompts {
  system: string;
  /** Placeholder: text. */
  user: string;
}

/** Every prompt of the Ollama backend. */
export interface PromptSet {
  creditor: CreditorPrompts;
  debtor: DebtorPrompts;
  judge: JudgePrompts;
  detector: DetectorPrompts;
}

const about = { _about: z.string().optional() };
const text = z.string().min(1);
const record = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.string()])) as Record<K, z.ZodString>).strict();

const SCHEMAS = {
  creditor: z.object({ ...about, system: text, opening: text, styles: record(EMOTIONS), noStyle: z.string() }).strict(),
  debtor: z.object({ ...about, system: text, personas: record(PERSONAS) }).strict(),
  judge: z.object({
    ...about,
    system: text,
    user: text,
    finalExchangeMessages: z.number().int().min(1),
    format: z.union([z.literal('json'), z.record(z.string(), z.unknown())]),
  }).strict(),
  detector: z.object({ ...about, system: text, user: text }).strict(),
};

/** Placeholders each template may use, and those it must use. */
const PLACEHOLDERS: Record<string, { allowed: string[]; required?: string[] }> = {
  'creditor.system': { allowed: ['description', 'balance', 'daysOverdue', 'targetDays', 'maxDays', 'style'], required: ['style'] },
  'creditor.opening': { allowed: ['targetDays', 'maxDays'] },
  'debtor.system': { allowed: ['description', 'balance', 'daysOverdue', 'targetDays', 'persona'], required: ['persona'] },
  'judge.system': { allowed: [] },
  'judge.user': { allowed: ['transcript', 'creditorOffer', 'debtorOffer', 'maxDays'], required: ['transcript'] },
  'detector.system': { allowed: [] },
  'detector.user': { allowed: ['text'], required: ['text'] },
};

export type PromptKind = keyof PromptSet;
export const PROMPT_KINDS: readonly PromptKind[] = ['creditor', 'debtor', 'judge', 'detector'];

/**
 * Validate the raw JSON of one prompt file (zod `.strict()`: a misspelt key is an error) and the
 * placeholders of its templates.
 * @throws an error naming the source file, the field and the offending value.
 */
export function parsePromptFile<K extends PromptKind>(kind: K, raw: unknown, source = `${kind}.json`): PromptSet[K] {
  const schema = SCHEMAS[kind];
  if (schema === undefined) throw new Error(`parsePromptFile: unknown kind ${JSON.stringify(kind)}; expected one of ${PROMPT_KINDS.join(', ')}`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)];
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
    throw new Error(`${source}: field ${path.join('.') || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
  }
  const data = parsed.data as Record<string, unknown>;
  for (const [field, rule] of Object.entries(PLACEHOLDERS)) {
    const [file, key] = field.split('.');
    if (file !== kind) continue;
    const used = placeholders(String(data[key]));
    const unknown = used.filter((p) => !rule.allowed.includes(p));
    if (unknown.length > 0) {
      throw new Error(`${source}: field ${key} uses unknown placeholder {{${unknown[0]}}}; allowed: ${rule.allowed.map((p) => `{{${p}}}`).join(', ') || 'none'}`);
    }
    const absent = (rule.required ?? []).filter((p) => !used.includes(p));
    if (absent.length > 0) throw new Error(`${source}: field ${key} must contain the placeholder {{${absent[0]}}}`);
  }
  const { _about, ...prompts } = data;
  return prompts as unknown as PromptSet[K];
}

/**
 * Load `creditor.json`, `debtor.json`, `judge.json` and `detector.json` from `dir`
 * (default `data/prompts/`), each validated by {@link parsePromptFile}.
 * @example loadPrompts().creditor.styles.Anger
 */
export function loadPrompts(options: { dir?: string } = {}): PromptSet {
  const dir = options.dir ?? dataPath('prompts');
  const read = <K extends PromptKind>(kind: K): PromptSet[K] => {
    const file = join(dir, `${kind}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`loadPrompts: cannot read ${file}: ${(err as Error).message}`);
    }
    return parsePromptFile(kind, raw, file);
  };
  return { creditor: read('creditor'), debtor: read('debtor'), judge: read('judge'), detector: read('detector') };
}
