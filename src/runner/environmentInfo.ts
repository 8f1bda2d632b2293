import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/dataPath.ts';

/** Where and with what a run happened: written to the manifest, never to the records. */
export interface EnvironmentInfo {
  packageVersion: string;
  /** `git rev-parse HEAD` of the package checkout, or 'unknown' (no git, not a checkout). */
  gitCommit: string;
  /** True when `git status --porcelain` listed changes (the commit does not describe the code). */
  gitDirty: boolean | 'unknown';
  node: string;
  platform: string;
}

/**
 * Package version, git commit, node version and platform of this process.
 * @example environmentInfo().node // 'v20.20.2'
 */
export function environmentInfo(): EnvironmentInfo {
  const root = packageRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const commit = git(root, ['rev-parse', 'HEAD']);
  const status = commit === undefined ? undefined : git(root, ['status', '--porcelain', '--untracked-files=no']);
  return {
    packageVersion: pkg.version ?? 'unknown',
    gitCommit: commit ?? 'unknown',
    gitDirty: status === undefined ? 'unknown' : status.length > 0,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Output of a git command, or undefined when git is missing or the folder is not a checkout (documented 'unknown'). */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}
