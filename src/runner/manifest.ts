import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentInfo } from './environmentInfo.ts';
import { writeFileAtomic } from './jsonlFile.ts';
import type { Experiment } from './parseExperiment.ts';

/**
 * What decides the results of a run: the experiment without its execution settings
 * (concurrency, output folder) plus the resolved detector and the scenario ids. Two runs with
 * equal identities write the same records; a results folder is resumed only by an equal identity.
 */
export interface RunIdentity {
  experiment: Omit<Experiment, 'concurrency' | 'output'>;
  detector: string;
  scenarioIds: string[];
}

/** `manifest.json` of a results folder. */
export interface RunManifest {
  format: 1;
  identity: RunIdentity;
  grid: { chains: number; negotiations: number };
  /** Backend and detector as built (names the modules report). */
  backend: { name: string; creditorModels: string[]; debtorModels: string[] };
  detector: { choice: string; name: string; tfjsBackend: string };
  /** Environment of the first session (each session records its own). */
  environment: EnvironmentInfo;
  /** One entry per start of `eqn run` on this folder; `endedAt` stays null for a session that was killed (its `ran` is refreshed every 10 s). */
  sessions: { startedAt: string; endedAt: string | null; ran: number; stoppedEarly: boolean; concurrency: number; environment: EnvironmentInfo }[];
  startedAt: string;
  endedAt: string | null;
  complete: boolean;
  completed: number;
}

/** The manifest of `dir`, or undefined when there is none. @throws when it exists but is not valid JSON. */
export function readManifest(dir: string): RunManifest | undefined {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunManifest;
  } catch (err) {
    throw new Error(`readManifest: ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Write `dir/manifest.json` atomically (temporary file, fsync, rename). */
export function writeManifest(dir: string, manifest: RunManifest): void {
  writeFileAtomic(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The first place where two JSON values differ, as a field path and both values, or undefined
 * when they are equal. Used to say why a results folder cannot be resumed.
 * @example firstDifference({ seeds: [1, 2] }, { seeds: [1, 3] }) // { path: 'seeds.1', a: 2, b: 3 }
 */
export function firstDifference(a: unknown, b: unknown, path = ''): { path: string; a: unknown; b: unknown } | undefined {
  if (a === b) return undefined;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) return { path: path || '(root)', a, b };
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return undefined;
}
