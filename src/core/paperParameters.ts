import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EMOTIONS } from './emotions.ts';
import { dataPath } from './dataPath.ts';
import { silentLogger, type Logger } from './logger.ts';
import { sum, type Matrix, type Vector } from './matrix.ts';
import { schemaError } from './schemaError.ts';

/** The published numbers of EQ-Negotiator, validated, with every stochastic row summing to 1. */
export interface PaperParameters {
  emotions: readonly string[];
  /** Table 4a, P(C_{t+1} = j | C_t = i), rows normalised. */
  creditorTransition: Matrix;
  /** Table 4b, P(D = j | C = i), rows normalised. */
  creditorToDebtorEmission: Matrix;
  /** Table 5, creditor payoff agent[d][e] (rows debtor emotion, columns creditor emotion). */
  payoffAgent: Matrix;
  /** Table 5, debtor payoff client[d][e]. */
  payoffClient: Matrix;
  states: readonly string[];
  stateInitial: Vector;
  stateTransition: Matrix;
  /** w(e, S): rows states, columns emotions (as published; not a distribution). */
  stateEmotionWeights: Matrix;
  negativeBias2503: Vector;
  defaults: {
    hmmActivation: { k: number; n: number };
    wslsPayoffThreshold: number;
    maxMessages: number;
    agreementGapDays: number;
    onlineLearning: { payoffStep: number; rewardSuccess: number; rewardFailure: number; hmmPseudoCount: number };
  };
}

const row = (n: number) => z.array(z.number().finite()).length(n);
const matrix = (r: number, c: number) => z.array(row(c)).length(r);
const about = { _about: z.string().optional() };

const schema = z.object({
  ...about,
  emotions: z.tuple(EMOTIONS.map((e) => z.literal(e)) as unknown as [z.ZodLiteral<string>]).or(z.array(z.string()).length(7)),
  negativeEmotions: z.array(z.string()),
  table4a_creditorEmotionTransition: z.object({ ...about, matrix: matrix(7, 7) }).strict(),
  table4b_creditorToDebtorEmission: z.object({ ...about, matrix: matrix(7, 7) }).strict(),
  table5_payoff: z.object({ ...about, agent: matrix(7, 7), client: matrix(7, 7) }).strict(),
  debtorStateModel: z.object({
    ...about,
    states: z.array(z.string()).length(4),
    initial: row(4),
    transition: matrix(4, 4),
    stateEmotionWeights: z.object({ ...about, matrix: matrix(4, 7) }).strict(),
  }).strict(),
  negativeBias2503: z.object({ ...about, vector: row(7) }).strict(),
  defaults: z.object({
    hmmActivation: z.object({ ...about, k: z.number().int().positive(), n: z.number().int().positive() }).strict(),
    wslsPayoffThreshold: z.number(),
    maxMessages: z.number().int().positive(),
    agreementGapDays: z.number().nonnegative(),
    creditorTemperature: z.object({ ...about, formula: z.string() }).strict(),
    onlineLearning: z.object({
      payoffStep: z.number(), rewardSuccess: z.number(), rewardFailure: z.number(), hmmPseudoCount: z.number(),
    }).strict(),
  }).strict(),
}).strict();

/**
 * Validate raw JSON as paper parameters. Stochastic rows (Tables 4a, 4b, the state model) that
 * do not sum to 1 within 1e-9 are normalised, with a warning naming the table, row and sum.
 * @throws an error naming the source, the field path and the offending value.
 */
export function parsePaperParameters(raw: unknown, options: { source?: string; logger?: Logger } = {}): PaperParameters {
  const source = options.source ?? 'paper parameters';
  const logger = options.logger ?? silentLogger;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw schemaError(source, raw, parsed.error);
  const p = parsed.data;
  const emotions = p.emotions as string[];
  EMOTIONS.forEach((e, i) => {
    if (emotions[i] !== e) throw new Error(`${source}: field emotions.${i} = ${JSON.stringify(emotions[i])}, expected ${e}`);
  });
  const stochastic = (name: string, m: Matrix): Matrix => m.map((r, i) => checkedRow(`${source}: ${name} row ${i}`, r, logger));
  return {
    emotions: EMOTIONS,
    creditorTransition: stochastic('table4a_creditorEmotionTransition', p.table4a_creditorEmotionTransition.matrix),
    creditorToDebtorEmission: stochastic('table4b_creditorToDebtorEmission', p.table4b_creditorToDebtorEmission.matrix),
    payoffAgent: p.table5_payoff.agent.map((r) => r.slice()),
    payoffClient: p.table5_payoff.client.map((r) => r.slice()),
    states: p.debtorStateModel.states,
    stateInitial: checkedRow(`${source}: debtorStateModel.initial`, p.debtorStateModel.initial, logger),
    stateTransition: stochastic('debtorStateModel.transition', p.debtorStateModel.transition),
    stateEmotionWeights: p.debtorStateModel.stateEmotionWeights.matrix.map((r) => r.slice()),
    negativeBias2503: p.negativeBias2503.vector.slice(),
    defaults: {
      hmmActivation: { k: p.defaults.hmmActivation.k, n: p.defaults.hmmActivation.n },
      wslsPayoffThreshold: p.defaults.wslsPayoffThreshold,
      maxMessages: p.defaults.maxMessages,
      agreementGapDays: p.defaults.agreementGapDays,
      onlineLearning: { ...p.defaults.onlineLearning },
    },
  };
}

function checkedRow(label: string, r: number[], logger: Logger): number[] {
  r.forEach((v, j) => {
    if (v < 0) throw new Error(`${label}: entry ${j} = ${v}, expected >= 0`);
  });
  const s = sum(r);
  if (!(s > 0)) throw new Error(`${label}: sums to ${s}, expected > 0`);
  if (Math.abs(s - 1) > 1e-9) {
    logger.warn(`${label} sums to ${Number(s.toFixed(6))}, normalised to 1`);
    return r.map((v) => v / s);
  }
  return r.slice();
}

/**
 * Load and validate `data/paper-parameters.json` (or another file of the same shape).
 * @example loadPaperParameters().payoffAgent[0][0] // 4
 */
export function loadPaperParameters(options: { path?: string; logger?: Logger } = {}): PaperParameters {
  const path = options.path ?? dataPath('paper-parameters.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadPaperParameters: cannot read ${path}: ${(err as Error).message}`);
  }
  return parsePaperParameters(raw, { source: path, logger: options.logger });
}
