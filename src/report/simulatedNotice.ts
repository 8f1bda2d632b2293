/**
 * The sentence every page region with results carries when a run used the simulated backend
 * (METHOD.md section 8): on that backend, policies are compared under the paper's own assumptions.
 */
export const SIMULATED_NOTICE =
  "Simulated debtors: policies are compared under the paper's assumptions about how debtors respond; " +
  "a test of the method's internal logic, not evidence about real debtors or language models.";

/**
 * True when any negotiation of the run, or the manifest's backend, is the simulated one.
 * @example isSimulatedRun({ backend: { name: 'simulated' } }, []) // true
 */
export function isSimulatedRun(manifest: { backend?: { name?: string } } | undefined, rows: readonly { backend: string }[]): boolean {
  return manifest?.backend?.name === 'simulated' || rows.some((r) => r.backend === 'simulated');
}
