import type { AblationRow } from '../figures/ablationFigure.ts';

/** A policy of the run's manifest: its label and config. */
export interface LabelledPolicy {
  label: string;
  config: { name: string; hmmMode?: string; k?: number; n?: number } & Record<string, unknown>;
}

const ABLATION_KEYS = new Set(['name', 'hmmMode', 'k', 'n']);

/**
 * The rows of the k/n x HMM-mode ablation: summary rows grouped by policy, for the eq-negotiator
 * policies whose configs differ only in HMM mode and switch threshold, with each one's mode and
 * k/n made explicit (createPolicy's defaults: paper-code; k from the parameters file, 3 in 2503
 * mode; n from the parameters file). Other policies, and eq-negotiator variants with other options
 * (tie rule, learning), are left out so that every cell is one (mode, k, n). Pure.
 * (Computed here because the analysis layer has no ablation table; it could move there.)
 * @example ablationRows(summaryTable(run.negotiations, { by: ['policy'] }), policies, { k: 4, n: 5 }).map((r) => `${r.hmmMode} ${r.k}/${r.n}`)
 */
export function ablationRows(
  summary: readonly Readonly<Record<string, unknown>>[],
  policies: readonly LabelledPolicy[],
  defaults: { k: number; n: number },
): AblationRow[] {
  const byLabel = new Map(policies.map((p) => [p.label, p.config]));
  const rows: AblationRow[] = [];
  for (const row of summary) {
    const config = byLabel.get(String(row.policy));
    if (config === undefined || config.name !== 'eq-negotiator') continue;
    if (Object.keys(config).some((k) => !ABLATION_KEYS.has(k))) continue;
    const hmmMode = config.hmmMode ?? 'paper-code';
    rows.push({ ...row, hmmMode, k: config.k ?? (hmmMode === '2503' ? 3 : defaults.k), n: config.n ?? defaults.n });
  }
  return rows;
}
