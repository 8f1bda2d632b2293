import { z } from 'zod';
import { FINAL_DAYS_RULES } from './finalDays.ts';

/**
 * Options of the negotiation protocol (METHOD.md section 4), validated strictly: a misspelt key is
 * an error. Defaults are the paper's (30 messages, 5-day gap) and the authors' final-days rule.
 */
export const protocolConfigSchema = z
  .object({
    /** Message cap, counting both sides; reaching it without agreement is a breakdown. */
    maxMessages: z.number().int().min(2).default(30),
    /** The judge is consulted once the debtor's latest offer is at most this many days above the creditor's. */
    agreementGapDays: z.number().finite().nonnegative().default(5),
    /** How the agreed days follow from the last offers when the judge gives no number (see finalDays). */
    finalDaysRule: z.enum(FINAL_DAYS_RULES).default('mean'),
    /** Use the judge's number of days when it gives one that lies between the two offers. */
    useJudgeDays: z.boolean().default(true),
  })
  .strict();

export type ProtocolConfig = z.output<typeof protocolConfigSchema>;
export type ProtocolConfigInput = z.input<typeof protocolConfigSchema>;

/** The default protocol configuration. */
export const DEFAULT_PROTOCOL_CONFIG: Readonly<ProtocolConfig> = Object.freeze(protocolConfigSchema.parse({}));

/**
 * Validate protocol options and fill in defaults.
 * @throws naming the field and the value, e.g. `parseProtocolConfig: field maxMesages = 10: Unrecognized key`.
 * @example parseProtocolConfig({ maxMessages: 20 }).agreementGapDays // 5
 */
export function parseProtocolConfig(raw: unknown = {}): ProtocolConfig {
  const parsed = protocolConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)];
  const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
  throw new Error(`parseProtocolConfig: field ${path.join('.') || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
}
