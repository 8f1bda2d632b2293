import { createRng, type Rng } from '../core/rng.ts';

/**
 * The random stream of one negotiation, derived from labels only, so a negotiation's result never
 * depends on which other negotiations ran, or in what order or concurrency. It comes from the seed,
 * scenario, persona and models but not the policy: every policy meets the same debtor randomness in
 * the same cell (common random numbers, which sharpen paired comparisons of policies). The backend
 * forks it per agent and the protocol forks 'policy' for the policy's own draws.
 * @example negotiationRng(1, { scenarioId: 'crad-001', persona: 'angry', creditorModel: 'sim-creditor', debtorModel: 'sim-debtor' }).key
 * // '1/scenario:crad-001/persona:angry/models:sim-creditor|sim-debtor'
 */
export function negotiationRng(
  seed: number,
  cell: { scenarioId: string; persona: string; creditorModel: string; debtorModel: string },
): Rng {
  return createRng(seed)
    .fork(`scenario:${cell.scenarioId}`)
    .fork(`persona:${cell.persona}`)
    .fork(`models:${cell.creditorModel}|${cell.debtorModel}`);
}
