import type { PolicyConfig } from '../policies/policyConfig.ts';
import type { HmmMode } from '../policies/types.ts';

/** A policy config as createPolicy reads it (src/policies `PolicyConfig`). */
export type PolicyEntry = PolicyConfig;

const HMM_MODES: readonly string[] = ['paper-code', 'principled', '2503'];

/**
 * The label of a policy config in records and tables: `name[/hmmMode][/k-of-n][/tie-rule]`.
 * @example policyLabel({ name: 'eq-negotiator', hmmMode: 'paper-code' }) // 'eq-negotiator/paper-code'
 * @example policyLabel({ name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5 }) // 'eq-negotiator/2503/3-of-5'
 */
export function policyLabel(entry: { name: string } & Partial<PolicyEntry>): string {
  const parts = [entry.name];
  if (entry.hmmMode !== undefined) parts.push(entry.hmmMode);
  if (entry.k !== undefined || entry.n !== undefined) parts.push(`${entry.k ?? 'k'}-of-${entry.n ?? 'n'}`);
  if (entry.tieRule !== undefined) parts.push(`ties-${entry.tieRule}`);
  return parts.join('/');
}

/**
 * Read a policy label written as {@link policyLabel} writes it (the short form used in experiment
 * files and on the command line) back into a config.
 * @throws naming the label and the part that is not understood.
 * @example parsePolicyLabel('eq-negotiator/2503/3-of-5') // { name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5 }
 */
export function parsePolicyLabel(label: string): { name: string } & Partial<PolicyEntry> {
  const [name, ...rest] = label.trim().split('/');
  if (!name) throw new Error(`parsePolicyLabel: empty policy name in ${JSON.stringify(label)}`);
  const entry: { name: string } & Partial<PolicyEntry> = { name };
  for (const part of rest) {
    const kOfN = /^(\d+)-of-(\d+)$/.exec(part);
    if (HMM_MODES.includes(part)) entry.hmmMode = part as HmmMode;
    else if (kOfN) {
      entry.k = Number(kOfN[1]);
      entry.n = Number(kOfN[2]);
    } else if (part === 'ties-first' || part === 'ties-random') entry.tieRule = part.slice(5) as 'first' | 'random';
    else throw new Error(`parsePolicyLabel: ${JSON.stringify(part)} in ${JSON.stringify(label)} is not an HMM mode (${HMM_MODES.join(', ')}), k-of-n or ties-first|ties-random`);
  }
  return entry;
}
