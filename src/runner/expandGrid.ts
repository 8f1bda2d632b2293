import type { Persona } from '../agents/personas.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Experiment } from './parseExperiment.ts';
import type { PolicyEntry } from './policyLabel.ts';

/**
 * One chain: the negotiations that share one learning policy engine, i.e. one
 * (persona, policy config, creditor model, debtor model, seed), run in scenario order
 * (METHOD.md: one engine per debtor persona persists across its negotiations).
 */
export interface Chain {
  /** Ordinal in the grid (0-based). */
  chain: number;
  chainId: string;
  persona: Persona;
  policy: { label: string; config: PolicyEntry };
  creditorModel: string;
  debtorModel: string;
  seed: number;
  scenarios: Scenario[];
}

/**
 * Expand an experiment into its chains. Order (outermost first): creditor model, debtor model,
 * seed, persona, policy; each chain holds the scenarios in experiment order.
 * @example expandGrid(experiment, scenarios).length // models.creditor x models.debtor x seeds x personas x policies
 */
export function expandGrid(experiment: Experiment, scenarios: readonly Scenario[]): Chain[] {
  const chains: Chain[] = [];
  for (const creditorModel of experiment.models.creditor) {
    for (const debtorModel of experiment.models.debtor) {
      for (const seed of experiment.seeds) {
        for (const persona of experiment.personas) {
          for (const policy of experiment.policies) {
            chains.push({
              chain: chains.length,
              chainId: chainId({ persona, policy: policy.label, creditorModel, debtorModel, seed }),
              persona,
              policy,
              creditorModel,
              debtorModel,
              seed,
              scenarios: scenarios.slice(),
            });
          }
        }
      }
    }
  }
  return chains;
}

/** `persona|policy|creditorModel|debtorModel|s<seed>`. */
export function chainId(c: { persona: string; policy: string; creditorModel: string; debtorModel: string; seed: number }): string {
  return `${c.persona}|${c.policy}|${c.creditorModel}|${c.debtorModel}|s${c.seed}`;
}

/** `scenario|persona|policy|creditorModel|debtorModel|s<seed>`: unique within an experiment. */
export function negotiationId(chain: Chain, scenario: Scenario): string {
  return `${scenario.id}|${chain.chainId}`;
}
