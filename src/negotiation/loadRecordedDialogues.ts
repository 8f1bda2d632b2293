import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../core/dataPath.ts';
import { schemaError } from '../core/schemaError.ts';

const turnSchema = z.object({
  turn: z.number().int().optional(),
  role: z.enum(['creditor', 'debtor']),
  text: z.string(),
  state: z.string().optional(),
  requested_days: z.number().finite().nullable(),
});

const dialogueSchema = z.object({
  id: z.string().min(1),
  project: z.string().optional(),
  scenario_id: z.string().optional(),
  final_state: z.enum(['accept', 'breakdown']),
  final_days: z.number().finite().nullable(),
  creditor_target_days: z.number().finite().nullable().optional(),
  /** The authors' creditor emotion per creditor turn, in their spelling ('happy', 'surprising'; null = none). */
  creditor_emotion_sequence: z.array(z.string().nullable()).optional(),
  turns: z.array(turnSchema),
});

/** One of the authors' recorded LLM debt negotiations (only the fields this kit reads are typed). */
export type RecordedDialogue = z.infer<typeof dialogueSchema>;
export type RecordedTurn = z.infer<typeof turnSchema>;

/**
 * Parse JSON Lines of recorded dialogues (`data/authors/debt_negotiation_dialogues.jsonl`).
 * Blank lines are skipped; unknown fields are kept out of the typed result.
 * @throws naming the source, the 1-based line, the field path and the value.
 */
export function parseRecordedDialogues(text: string, options: { source?: string } = {}): RecordedDialogue[] {
  const source = options.source ?? 'parseRecordedDialogues';
  const out: RecordedDialogue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source}: line ${i + 1}: not JSON: ${(err as Error).message}`);
    }
    const parsed = dialogueSchema.safeParse(raw);
    if (!parsed.success) throw schemaError(`${source}: line ${i + 1}`, raw, parsed.error);
    out.push(parsed.data);
  });
  return out;
}

/**
 * Load the authors' 302 recorded debt negotiations (or another file of the same shape).
 * @throws naming the file, line, field and value of the first invalid record.
 */
export function loadRecordedDialogues(options: { path?: string } = {}): RecordedDialogue[] {
  const path = options.path ?? dataPath('authors', 'debt_negotiation_dialogues.jsonl');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`loadRecordedDialogues: cannot read ${path}: ${(err as Error).message}`);
  }
  return parseRecordedDialogues(text, { source: path });
}
