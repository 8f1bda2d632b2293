import { z } from 'zod';
import type { OnlineHmm } from './onlineHmm.ts';
import type { HmmParams } from './types.ts';
import { validateParams } from './validateParams.ts';

/** Serialised form of a categorical HMM (and its online-learning state, when it has one). */
export interface CategoricalHmmJson extends HmmParams {
  format: 'eq-negotiator/categorical-hmm';
  version: 1;
  online?: Omit<OnlineHmm, 'params'>;
}

const num = z.number().finite();
const vector = z.array(num);
const matrix = z.array(vector);
const schema = z.object({
  format: z.literal('eq-negotiator/categorical-hmm'),
  version: z.literal(1),
  startProb: vector,
  transMat: matrix,
  emissionProb: matrix,
  online: z.object({
    counts: z.object({ start: vector, trans: matrix, emission: matrix }).strict(),
    pseudoCounts: z.object({ start: vector, trans: matrix, emission: matrix }).strict(),
    forgetting: num,
    nUpdates: z.number().int().nonnegative(),
  }).strict().optional(),
}).strict();

/**
 * Plain JSON of parameters (and online state): `JSON.stringify`-safe, read back by {@link hmmFromJSON}.
 * @example hmmToJSON(p).format // 'eq-negotiator/categorical-hmm'
 */
export function hmmToJSON(params: HmmParams, options: { online?: OnlineHmm } = {}): CategoricalHmmJson {
  const copy = (m: number[][]) => m.map((r) => r.slice());
  const out: CategoricalHmmJson = {
    format: 'eq-negotiator/categorical-hmm',
    version: 1,
    startProb: params.startProb.slice(),
    transMat: copy(params.transMat),
    emissionProb: copy(params.emissionProb),
  };
  const o = options.online;
  if (o !== undefined) {
    out.online = {
      counts: { start: o.counts.start.slice(), trans: copy(o.counts.trans), emission: copy(o.counts.emission) },
      pseudoCounts: { start: o.pseudoCounts.start.slice(), trans: copy(o.pseudoCounts.trans), emission: copy(o.pseudoCounts.emission) },
      forgetting: o.forgetting,
      nUpdates: o.nUpdates,
    };
  }
  return out;
}

/**
 * Parse and validate JSON written by {@link hmmToJSON} (strict: unknown fields are errors).
 * @throws naming the field path and value, or the matrix, row and sum of a non-stochastic row.
 * @example hmmFromJSON(JSON.parse(text)).params.transMat
 */
export function hmmFromJSON(raw: unknown): { params: HmmParams; online?: OnlineHmm } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join('.');
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
    throw new Error(`hmmFromJSON: field ${path || '(root)'} = ${JSON.stringify(value)}: ${issue.message}`);
  }
  const p = parsed.data;
  const params: HmmParams = { startProb: p.startProb, transMat: p.transMat, emissionProb: p.emissionProb };
  const { nStates: n, nSymbols: m } = validateParams(params, 'hmmFromJSON');
  if (p.online === undefined) return { params };
  const o = p.online;
  const shape = (name: string, x: number[][], cols: number) => {
    if (x.length !== n || x.some((r) => r.length !== cols)) throw new Error(`hmmFromJSON: field online.${name} is not ${n} x ${cols}`);
  };
  if (o.counts.start.length !== n || o.pseudoCounts.start.length !== n) throw new Error(`hmmFromJSON: field online counts/pseudoCounts start length is not ${n}`);
  shape('counts.trans', o.counts.trans, n);
  shape('counts.emission', o.counts.emission, m);
  shape('pseudoCounts.trans', o.pseudoCounts.trans, n);
  shape('pseudoCounts.emission', o.pseudoCounts.emission, m);
  if (!(o.forgetting > 0 && o.forgetting <= 1)) throw new Error(`hmmFromJSON: field online.forgetting = ${o.forgetting}, expected a number in (0, 1]`);
  return { params, online: { params, ...o } };
}
