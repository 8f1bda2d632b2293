import type { NegotiationRecord } from '../runner/records.ts';

/** The record fields every analysis row carries (its grid coordinates), in this order. */
export const ROW_COORDINATE_FIELDS = [
  'negotiationId', 'chainId', 'chain', 'position', 'scenarioId', 'persona', 'policy', 'policyName',
  'hmmMode', 'seed', 'backend', 'creditorModel', 'debtorModel', 'detector',
] as const satisfies readonly (keyof NegotiationRecord)[];

/**
 * Grid coordinates every analysis row carries, copied from the negotiation's record
 * (field meanings in src/runner/records.ts: policy is the label, e.g. 'eq-negotiator/principled';
 * policyName the config name, e.g. 'eq-negotiator'; hmmMode null for non-HMM policies).
 */
export type RowCoordinates = Pick<NegotiationRecord, (typeof ROW_COORDINATE_FIELDS)[number]>;

/**
 * The coordinates of a record, in the order of {@link ROW_COORDINATE_FIELDS}.
 * @example rowCoordinates(record).policy // 'eq-negotiator/paper-code'
 */
export function rowCoordinates(record: NegotiationRecord): RowCoordinates {
  return pickFields(record, ROW_COORDINATE_FIELDS);
}

/** A copy of `fields` of `record`, in the order given. */
export function pickFields<T, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const f of fields) out[f] = record[f];
  return out;
}
