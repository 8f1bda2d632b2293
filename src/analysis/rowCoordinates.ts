import type { NegotiationRecord } from '../runner/records.ts';

/** Grid coordinates every analysis row carries, copied from the negotiation's record. */
export interface RowCoordinates {
  negotiationId: string;
  chainId: string;
  chain: number;
  position: number;
  scenarioId: string;
  persona: string;
  /** Policy label, e.g. 'vanilla', 'eq-negotiator/principled'. */
  policy: string;
  /** Policy config name, e.g. 'eq-negotiator'. */
  policyName: string;
  /** 'paper-code' | 'principled' | '2503' for HMM policies, else null. */
  hmmMode: string | null;
  seed: number;
  backend: string;
  creditorModel: string;
  debtorModel: string;
  detector: string;
}

/**
 * The coordinates of a record, in the order of {@link RowCoordinates}.
 * @example rowCoordinates(record).policy // 'eq-negotiator/paper-code'
 */
export function rowCoordinates(record: NegotiationRecord): RowCoordinates {
  return {
    negotiationId: record.negotiationId,
    chainId: record.chainId,
    chain: record.chain,
    position: record.position,
    scenarioId: record.scenarioId,
    persona: record.persona,
    policy: record.policy,
    policyName: record.policyName,
    hmmMode: record.hmmMode,
    seed: record.seed,
    backend: record.backend,
    creditorModel: record.creditorModel,
    debtorModel: record.debtorModel,
    detector: record.detector,
  };
}
