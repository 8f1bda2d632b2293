import { readFileSync } from 'node:fs';
import { parseExperiment, type Experiment } from './parseExperiment.ts';

/**
 * Read and validate an experiment file (JSON).
 * @throws naming the file when it cannot be read or parsed, and the field and value when invalid.
 * @example loadExperiment('data/experiments/smoke.json').policies[0].label // 'vanilla'
 */
export function loadExperiment(path: string): Experiment {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`loadExperiment: cannot read ${path}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`loadExperiment: ${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseExperiment(raw, { source: path });
}
