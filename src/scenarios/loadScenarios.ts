import { loadAuthorScenarios } from './loadAuthorScenarios.ts';
import { loadCradScenarios, type ScenarioLoadOptions } from './loadCradScenarios.ts';
import type { Scenario } from './types.ts';

/** Names of the shipped scenario sets. */
export const SCENARIO_SETS = ['crad', 'authors-200'] as const;
export type ScenarioSet = (typeof SCENARIO_SETS)[number];

/**
 * Load a shipped scenario set by name: 'crad' (100 CRAD rows) or 'authors-200' (the authors' 200
 * jittered configs built from them).
 * @throws on an unknown name, naming it and the known ones.
 * @example loadScenarios('crad').length // 100
 */
export function loadScenarios(name: string, options: ScenarioLoadOptions & { path?: string } = {}): Scenario[] {
  if (name === 'crad') return loadCradScenarios(options);
  if (name === 'authors-200') return loadAuthorScenarios(options);
  throw new Error(`loadScenarios: unknown scenario set ${JSON.stringify(name)}; expected one of ${SCENARIO_SETS.join(', ')}`);
}
