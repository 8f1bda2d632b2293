import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import { dataPath } from '../core/dataPath.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { sum, type Matrix, type Vector } from '../core/matrix.ts';
import { PERSONAS, type Persona } from '../agents/personas.ts';

/** The four hidden debtor states of the 2511 HMM, in the order of the paper parameters. */
import { DEBTOR_STATES, type DebtorState } from '../core/debtorStates.ts';
import { schemaError } from '../core/schemaError.ts';
export { DEBTOR_STATES, type DebtorState };

/** How a persona words its messages: a full sentence, or the minimal answers of a stonewaller. */
export type DebtorStyle = 'plain' | 'minimal';

/** A cheating debtor's false promise: a large concession that it may take back on its next turn. */
export interface PromiseRule {
  /** Chance of a promise on a turn spent in `whenState`. */
  probability: number;
  whenState: DebtorState;
  /** Share of the gap to the creditor's offer given up by the promise. */
  fraction: number;
  /** Chance, on the next turn, that the promise is retracted (the offer jumps back up). */
  retractProbability: number;
}

/** Simulation dynamics of one debtor persona (METHOD.md section 8). */
export interface PersonaSimulation {
  /** Multiplied into the initial distribution and into every transition row, then renormalised. */
  stateTilt: Vector;
  /** Weight of Table 4b, P(D | C), in the debtor's emotion mixture; the rest goes to the state/persona component. */
  table4bWeight: number;
  /** Emotion a fixed-emotion persona puts `focusMass` of its state/persona component on (null: none). */
  focusEmotion: Emotion | null;
  focusMass: number;
  /** Multiplies the concession rate (stonewalling concedes slowly). */
  concessionScale: number;
  style: DebtorStyle;
  promise: PromiseRule | null;
}

/** Everything the simulated backend needs besides the paper's tables: `data/simulation.json`, validated. */
export interface SimulationParameters {
  /** P(D | S): the debtor emotions each hidden state favours; rows DEBTOR_STATES, columns EMOTIONS, rows sum to 1. */
  stateEmotion: Matrix;
  /** Table 4b row (and Table 5 column) used when the creditor shows no emotion (vanilla). */
  noCreditorEmotionRow: Emotion;
  concession: {
    /** rate = (baseRate + payoffSlope * client[D][C]) * stateMultiplier[S] * concessionScale, clamped to [0, 1]. */
    baseRate: number;
    payoffSlope: number;
    stateMultiplier: Vector;
  };
  creditorSchedule: {
    /** offer_k = target + (max - target) * (k / K)^exponent over the creditor's K + 1 messages. */
    exponent: number;
  };
  personas: Record<Persona, PersonaSimulation>;
  words: {
    /** A minimal-style debtor draws its corpus sentence from lines of at most this many words. */
    minimalMaxWords: number;
    debtorOffer: { plain: string[]; minimal: string[]; promise: string[]; retract: string[] };
    /** Creditor emotion sentences per emotion, plus `none` for a creditor with no emotion. */
    creditorEmotion: Record<Emotion | 'none', string[]>;
    creditorOffer: string[];
  };
}

const about = { _about: z.string().optional() };
const prob = z.number().min(0).max(1);
const nonNegRow = (n: number) => z.array(z.number().finite().nonnegative()).length(n);
const emotion = z.enum(EMOTIONS);
const templates = z.array(z.string().min(1)).min(1);

const personaSchema = z.object({
  ...about,
  stateTilt: z.array(z.number().finite().positive()).length(4),
  table4bWeight: prob,
  focusEmotion: emotion.nullable(),
  focusMass: prob,
  concessionScale: z.number().finite().nonnegative(),
  style: z.enum(['plain', 'minimal']),
  promise: z.object({
    ...about,
    probability: prob,
    whenState: z.enum(DEBTOR_STATES),
    fraction: prob,
    retractProbability: prob,
  }).strict().nullable(),
}).strict();

const schema = z.object({
  ...about,
  version: z.literal(1),
  stateEmotion: z.object({ ...about, matrix: z.array(nonNegRow(7)).length(4) }).strict(),
  noCreditorEmotionRow: emotion,
  concession: z.object({
    ...about,
    baseRate: z.number().finite().nonnegative(),
    payoffSlope: z.number().finite().nonnegative(),
    stateMultiplier: nonNegRow(4),
  }).strict(),
  creditorSchedule: z.object({ ...about, exponent: z.number().finite().positive() }).strict(),
  personas: z.object({
    ...about,
    ...(Object.fromEntries(PERSONAS.map((p) => [p, personaSchema])) as Record<Persona, typeof personaSchema>),
  }).strict(),
  words: z.object({
    ...about,
    minimalMaxWords: z.number().int().positive(),
    debtorOffer: z.object({ plain: templates, minimal: templates, promise: templates, retract: templates }).strict(),
    creditorEmotion: z.object(Object.fromEntries([...EMOTIONS, 'none'].map((e) => [e, templates])) as Record<Emotion | 'none', typeof templates>).strict(),
    creditorOffer: templates,
  }).strict(),
}).strict();

/** The placeholder an offer template must contain exactly once, followed by " days". */
export const DAYS_PLACEHOLDER = '{days}';

/**
 * Validate raw JSON as simulation parameters. Rows of `stateEmotion` that do not sum to 1 are
 * normalised with a warning; offer templates must contain "{days} days" exactly once (so that an
 * "N days" pattern reads the offer) and creditor emotion sentences must contain no digit.
 * @throws an error naming the source, the field path and the offending value.
 */
export function parseSimulationParameters(raw: unknown, options: { source?: string; logger?: Logger } = {}): SimulationParameters {
  const source = options.source ?? 'simulation parameters';
  const logger = options.logger ?? silentLogger;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw schemaError(source, raw, parsed.error);
  const p = parsed.data;
  const fail = (field: string, value: unknown, why: string): never => {
    throw new Error(`${source}: field ${field} = ${JSON.stringify(value)}: ${why}`);
  };
  const stateEmotion = p.stateEmotion.matrix.map((r, i) => {
    const s = sum(r);
    if (!(s > 0)) fail(`stateEmotion.matrix.${i}`, r, 'row sums to 0');
    if (Math.abs(s - 1) > 1e-9) logger.warn(`${source}: stateEmotion.matrix row ${i} sums to ${Number(s.toFixed(6))}, normalised to 1`);
    return r.map((v) => v / s);
  });
  const checkOffer = (field: string, list: string[]) => list.forEach((t, i) => {
    if (t.split(DAYS_PLACEHOLDER).length !== 2 || !t.includes(`${DAYS_PLACEHOLDER} days`)) {
      fail(`${field}.${i}`, t, `expected "${DAYS_PLACEHOLDER} days" exactly once`);
    }
    if (/\d/.test(t)) fail(`${field}.${i}`, t, 'offer templates must contain no digit besides the offer');
  });
  for (const [k, list] of Object.entries(p.words.debtorOffer)) checkOffer(`words.debtorOffer.${k}`, list);
  checkOffer('words.creditorOffer', p.words.creditorOffer);
  for (const [k, list] of Object.entries(p.words.creditorEmotion)) {
    list.forEach((t, i) => {
      if (/\d/.test(t) || t.includes('{')) fail(`words.creditorEmotion.${k}.${i}`, t, 'emotion sentences must contain no digit or placeholder');
    });
  }
  const personas = {} as Record<Persona, PersonaSimulation>;
  for (const name of PERSONAS) {
    const q = p.personas[name];
    if (q.focusEmotion === null && q.focusMass > 0) fail(`personas.${name}.focusMass`, q.focusMass, 'must be 0 when focusEmotion is null');
    personas[name] = {
      stateTilt: q.stateTilt.slice(),
      table4bWeight: q.table4bWeight,
      focusEmotion: q.focusEmotion,
      focusMass: q.focusMass,
      concessionScale: q.concessionScale,
      style: q.style,
      promise: q.promise === null ? null : {
        probability: q.promise.probability,
        whenState: q.promise.whenState,
        fraction: q.promise.fraction,
        retractProbability: q.promise.retractProbability,
      },
    };
  }
  return {
    stateEmotion,
    noCreditorEmotionRow: p.noCreditorEmotionRow,
    concession: { ...p.concession, stateMultiplier: p.concession.stateMultiplier.slice() },
    creditorSchedule: { exponent: p.creditorSchedule.exponent },
    personas,
    words: {
      minimalMaxWords: p.words.minimalMaxWords,
      debtorOffer: { ...p.words.debtorOffer },
      creditorEmotion: { ...p.words.creditorEmotion },
      creditorOffer: p.words.creditorOffer.slice(),
    },
  };
}

const cache = new Map<string, SimulationParameters>();

/**
 * Load and validate `data/simulation.json` (or another file of the same shape), once per path.
 * @example loadSimulationParameters().personas.threatening.stateTilt // [1, 3, 1, 1]
 */
export function loadSimulationParameters(options: { path?: string; logger?: Logger } = {}): SimulationParameters {
  const path = options.path ?? dataPath('simulation.json');
  const hit = cache.get(path);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadSimulationParameters: cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = parseSimulationParameters(raw, { source: path, logger: options.logger });
  cache.set(path, parsed);
  return parsed;
}
