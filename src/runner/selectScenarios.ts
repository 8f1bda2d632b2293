import type { Scenario } from '../scenarios/types.ts';

/**
 * The scenarios an experiment asks for: the listed ids in the listed order, or the first `count`,
 * or all of them. Chains run their negotiations in this order.
 * @throws naming the unknown id, or the count and the number available.
 * @example selectScenarios(crad, { count: 2 }).map((s) => s.id) // the first two CRAD ids
 */
export function selectScenarios(all: readonly Scenario[], selection: { ids?: string[]; count?: number; source?: string }): Scenario[] {
  const where = selection.source ?? 'scenarios';
  if (selection.ids !== undefined) {
    const byId = new Map(all.map((s) => [s.id, s]));
    return selection.ids.map((id, i) => {
      const s = byId.get(id);
      if (!s) throw new Error(`${where}: field scenarios.ids.${i} = ${JSON.stringify(id)}: no such scenario (ids look like ${JSON.stringify(all[0]?.id)})`);
      return s;
    });
  }
  if (selection.count !== undefined) {
    if (selection.count > all.length) throw new Error(`${where}: field scenarios.count = ${selection.count}: only ${all.length} scenarios are available`);
    return all.slice(0, selection.count);
  }
  return all.slice();
}
