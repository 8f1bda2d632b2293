import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../core/dataPath.ts';
import { EMOTIONS } from '../core/emotions.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { sum, type Matrix } from '../core/matrix.ts';

/** The four hidden debtor states, in the order of the parameters file (src/sim exports an identical list). */
import { DEBTOR_STATES } from '../core/debtorStates.ts';
import { schemaError } from '../core/schemaError.ts';
export { DEBTOR_STATES };

/** Prior of the `principled` mode: P(D | S) rows, their pseudo-count strength, the forgetting factor. */
export interface PrincipledPrior {
  /** P(D | S): rows states (Cooperative, Confrontational, Distressed, Strategic order), columns emotions (EMOTIONS order); rows sum to 1. */
  emission: Matrix;
  /** Pseudo-counts per state row. */
  strength: number;
  /** Multiplier applied to the learned counts after each negotiation, in [0, 1]. */
  forgetting: number;
}

const schema = z.object({
  _about: z.string().optional(),
  states: z.array(z.string()).length(4),
  emotions: z.array(z.string()).length(7),
  emission: z.object({ _about: z.string().optional(), matrix: z.array(z.array(z.number().finite().nonnegative()).length(7)).length(4) }).strict(),
  rationale: z.record(z.string(), z.string()).optional(),
  strength: z.number().finite().positive(),
  _strength: z.string().optional(),
  forgetting: z.number().min(0).max(1),
  _forgetting: z.string().optional(),
}).strict();

/**
 * Validate raw JSON as a {@link PrincipledPrior}. Rows that do not sum to 1 within 1e-9 are
 * normalised with a warning naming the row and its sum.
 * @throws naming the source, the field path and the offending value.
 */
export function parsePrincipledPrior(raw: unknown, options: { source?: string; logger?: Logger } = {}): PrincipledPrior {
  const source = options.source ?? 'principled prior';
  const logger = options.logger ?? silentLogger;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw schemaError(source, raw, parsed.error);
  const p = parsed.data;
  DEBTOR_STATES.forEach((s, i) => {
    if (p.states[i] !== s) throw new Error(`${source}: field states.${i} = ${JSON.stringify(p.states[i])}, expected ${s}`);
  });
  EMOTIONS.forEach((e, i) => {
    if (p.emotions[i] !== e) throw new Error(`${source}: field emotions.${i} = ${JSON.stringify(p.emotions[i])}, expected ${e}`);
  });
  const emission = p.emission.matrix.map((row, i) => {
    const s = sum(row);
    if (!(s > 0)) throw new Error(`${source}: field emission.matrix.${i} sums to ${s}, expected > 0`);
    if (Math.abs(s - 1) > 1e-9) {
      logger.warn(`${source}: emission row ${i} (${DEBTOR_STATES[i]}) sums to ${Number(s.toFixed(6))}, normalised to 1`);
      return row.map((v) => v / s);
    }
    return row.slice();
  });
  return { emission, strength: p.strength, forgetting: p.forgetting };
}

/**
 * Load `data/principled-prior.json` (or another file of the same shape).
 * @example loadPrincipledPrior().strength // 20
 */
export function loadPrincipledPrior(options: { path?: string; logger?: Logger } = {}): PrincipledPrior {
  const path = options.path ?? dataPath('principled-prior.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadPrincipledPrior: cannot read ${path}: ${(err as Error).message}`);
  }
  return parsePrincipledPrior(raw, { source: path, logger: options.logger });
}
