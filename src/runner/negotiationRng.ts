import { createRng, type Rng } from '../core/rng.ts';

/**
 * The random streams of one negotiation, derived from labels only, so a negotiation's result never
 * depends on which other negotiations ran, or in what order or concurrency.
 *
 * `agents` (the backend's stream: debtor, judge, creditor speaker) comes from the seed, scenario,
 * persona and models but not the policy: every policy meets the same debtor randomness in the same
 * cell (common random numbers, which sharpen paired comparisons of policies). `policy` (tie
 * breaking, random policies) is forked from it with the policy label.
 * @example negotiationRng(1, { scenarioId: 'crad-001', persona: 'angry', policy: 'vanilla', creditorModel: 'sim', debtorModel: 'sim' }).agents.key
 * // '1/scenario:crad-001/persona:angry/models:sim|sim'
 */
export function negotiationRng(
  seed: number,
  cell: { scenarioId: string; persona: string; policy: string; creditorModel: string; debtorModel: string },
): { agents: Rng; policy: Rng } {
  const agents = createRng(seed)
    .fork(`scenario:${cell.scenarioId}`)
    .fork(`persona:${cell.persona}`)
    .fork(`models:${cell.creditorModel}|${cell.debtorModel}`);
  return { agents, policy: agents.fork(`policy:${cell.policy}`) };
}
