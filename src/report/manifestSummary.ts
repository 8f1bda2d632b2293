import type { RunManifest } from '../runner/manifest.ts';

/**
 * The run's manifest as label/value lines for the report's header: experiment, grid, backend,
 * models, detector, seeds, protocol, completeness, times and the code that ran it. Pure.
 * @example manifestSummary(manifest)[0] // ['experiment', 'smoke: A one-minute check ...']
 */
export function manifestSummary(manifest: RunManifest): [string, string][] {
  const e = manifest.identity.experiment;
  const env = manifest.environment;
  const list = (xs: readonly unknown[]) => xs.map(String).join(', ');
  const description = typeof e.description === 'string' && e.description !== '' ? `: ${e.description}` : '';
  const lines: [string, string][] = [
    ['experiment', `${e.name}${description}`],
    ['grid', `${manifest.grid.negotiations} negotiations in ${manifest.grid.chains} chains; ${manifest.completed} completed${manifest.complete ? '' : ' (incomplete run)'}`],
    ['scenarios', `${manifest.identity.scenarioIds.length} from ${String((e.scenarios as { source?: unknown }).source ?? 'unknown')}`],
    ['personas', list(Array.isArray(e.personas) ? e.personas : [e.personas])],
    ['policies', list(e.policies.map((p) => p.label))],
    ['seeds', list(e.seeds)],
    ['backend', `${manifest.backend.name}; creditor models ${list(manifest.backend.creditorModels)}; debtor models ${list(manifest.backend.debtorModels)}`],
    ['detector', `${manifest.detector.name} (asked: ${manifest.detector.choice}; tfjs backend: ${manifest.detector.tfjsBackend})`],
  ];
  if (e.protocol !== undefined) lines.push(['protocol', Object.entries(e.protocol).map(([k, v]) => `${k} ${String(v)}`).join('; ')]);
  lines.push(
    ['run', `started ${manifest.startedAt}, ended ${manifest.endedAt ?? '(not ended)'}, ${manifest.sessions.length} session(s)`],
    ['code', `eq-negotiator ${env.packageVersion}, commit ${env.gitCommit}${env.gitDirty === true ? ' with uncommitted changes' : ''}, node ${env.node}, ${env.platform}`],
  );
  return lines;
}
