import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import { z } from 'zod';
import { decodeSnapshotState } from './decodeSnapshotState.ts';
import type { PolicyEngine } from './policyEngine.ts';
import { creditorTemperature, type DecisionTrace, type PolicyBranch } from './types.ts';

/** Per-negotiation memory of the baselines: the decision count. */
export interface BaselineEpisode {
  turn: number;
}

type Choose = (detected: Emotion, draw: () => number) => { chosen: Emotion | null; branch: PolicyBranch; note?: string };

function baselineEngine(name: string, choose: Choose): PolicyEngine<null, BaselineEpisode> {
  return {
    name,
    initialLearned: () => null,
    startEpisode: () => ({ turn: 0 }),
    step(state, detected, rng) {
      const turn = state.episode.turn + 1;
      const d = detected ?? 'Neutral';
      const { chosen, branch, note } = choose(d, () => rng.int(EMOTIONS.length));
      const trace: DecisionTrace = { policy: name, turn, detected: d, branch, scores: null, chosen, temperature: creditorTemperature(turn), ...(note ? { note } : {}) };
      return { state: { learned: null, episode: { turn } }, trace };
    },
    learn: () => null,
    encode: () => null,
    decode: (raw) => decodeSnapshotState(`${name}.restore`, z.null(), raw),
  };
}

/**
 * 'vanilla': no emotional guidance; every decision has chosen = null and branch 'none'. The
 * temperature schedule is still reported so that only the emotion differs between policies.
 */
export function vanillaEngine(): PolicyEngine<null, BaselineEpisode> {
  return baselineEngine('vanilla', () => ({ chosen: null, branch: 'none' }));
}

/** 'fixed:<Emotion>': the same creditor emotion every turn. */
export function fixedEngine(emotion: Emotion): PolicyEngine<null, BaselineEpisode> {
  if (!EMOTIONS.includes(emotion)) throw new Error(`fixedEngine: emotion = ${JSON.stringify(emotion)} is not one of ${EMOTIONS.join(', ')}`);
  return baselineEngine(`fixed:${emotion}`, () => ({ chosen: emotion, branch: 'fixed' }));
}

/** 'random': a uniformly drawn emotion every turn, from the negotiation's seeded rng. */
export function randomEngine(): PolicyEngine<null, BaselineEpisode> {
  return baselineEngine('random', (_d, draw) => ({ chosen: EMOTIONS[draw()], branch: 'random' }));
}

/** 'tit-for-tat': mirror the debtor's detected emotion D_t (Neutral before the first debtor message). */
export function titForTatEngine(): PolicyEngine<null, BaselineEpisode> {
  return baselineEngine('tit-for-tat', (d) => ({ chosen: d, branch: 'mirror' }));
}
