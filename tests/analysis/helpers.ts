// Shared helpers of the analysis tests: the fixture run folder and editable copies of it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TurnRow } from '../../src/analysis/turnRows.ts';

/** The hand-specified results folder (see tests/fixtures/analysis/makeRunFixture.ts). */
export const FIXTURE_RUN = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'analysis', 'run');

export const VANILLA = 'vanilla';
export const PAPER_CODE = 'eq-negotiator/paper-code/2-of-3';
export const PRINCIPLED = 'eq-negotiator/principled/2-of-3';

/** A temporary copy of the fixture whose file `name` is replaced by edit(lines). */
export function editedFixture(name: string, edit: (lines: string[]) => string[] | string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'eqn-analysis-')), 'run');
  cpSync(FIXTURE_RUN, dir, { recursive: true });
  const path = join(dir, name);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l, i, all) => !(l === '' && i === all.length - 1));
  const out = edit(lines);
  writeFileSync(path, typeof out === 'string' ? out : out.map((l) => `${l}\n`).join(''));
  return dir;
}

/** A turn row with every field defaulted, for hand-made known-answer tests. */
export function turn(fields: Partial<TurnRow>): TurnRow {
  return {
    negotiationId: 'n1', chainId: 'c', chain: 0, position: 0, scenarioId: 's1', persona: 'angry', policy: 'p', policyName: 'eq-negotiator',
    hmmMode: 'principled', seed: 1, backend: 'simulated', creditorModel: 'c', debtorModel: 'd', detector: 'lexicon', success: true,
    turn: 2, index: 2, observed: true, debtorIndex: 1, detected: 'Neutral', detectorOk: true, trueDebtorEmotion: null, trueDebtorState: null,
    branch: 'wsls', chosen: 'Joy', negativeCount: null, window: null, belief: null, prediction: null, smoothed: null, smoothedDebtorInfluence: null,
    temperature: 0.5, creditorOffer: null, debtorOffer: null, replyTrueEmotion: null, replyDetected: null,
    ...fields,
  };
}
