import { z } from 'zod';

/** A validated judge reply. */
export interface JudgeReply {
  agree: boolean;
  days: number | null;
  reason: string;
}

const schema = z.object({
  agree: z.boolean(),
  days: z.number().int().positive().nullable().optional(),
  reason: z.string().optional(),
});

/**
 * Parse a judge model's reply: a JSON object {agree: boolean, days: positive integer | null,
 * reason: string} (days and reason may be omitted; extra keys are ignored). Code fences and
 * text around the single outer `{...}` are tolerated; anything else is an error, never a guess.
 * @example parseJudgeReply('{"agree": true, "days": 30, "reason": "both said 30"}') // { ok: true, reply: {...} }
 */
export function parseJudgeReply(text: string): { ok: true; reply: JudgeReply } | { ok: false; error: string } {
  const body = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = body.indexOf('{');
    const end = body.lastIndexOf('}');
    try {
      if (start < 0 || end <= start) throw new Error('no JSON object');
      json = JSON.parse(body.slice(start, end + 1));
    } catch {
      return { ok: false, error: `judge reply is not a JSON object: ${JSON.stringify(body.slice(0, 200))}` };
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join('.') || '(root)';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], json);
    return { ok: false, error: `judge reply field ${path} = ${JSON.stringify(value)}: ${issue.message}` };
  }
  const { agree, days, reason } = parsed.data;
  return { ok: true, reply: { agree, days: days ?? null, reason: reason ?? '' } };
}
