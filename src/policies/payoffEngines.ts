import { z } from 'zod';
import { emotionAt, emotionIndex, type Emotion } from '../core/emotions.ts';
import { cloneMatrix, type Matrix } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import type { TieRule } from '../game/bestResponse.ts';
import { decodeSnapshotState, matrixSchema } from './decodeSnapshotState.ts';
import { negotiationReward } from './paperCodeLearn.ts';
import { payoffBestResponse } from './payoffBestResponse.ts';
import type { PolicyEngine } from './policyEngine.ts';
import { creditorTemperature, type DecisionTrace } from './types.ts';
import { updatePayoff, type PayoffArithmetic } from './updatePayoff.ts';
import { wslsChoice } from './wslsChoice.ts';

/** Learned parameters of the payoff-table policies: Table 5 creditor payoffs, moved by Eq. 7. */
export interface PayoffLearned {
  payoff: Matrix;
}

/** Per-negotiation memory of the payoff-table policies. */
export interface PayoffEpisode {
  turn: number;
  debtor: Emotion[];
  creditor: Emotion[];
  /** WSLS memory (unused by 'payoff'). */
  lastPayoff: number | null;
}

/** Options of {@link payoffEngine} and {@link wslsEngine}. */
export interface PayoffEngineOptions {
  params: PaperParameters;
  tieRule?: TieRule;
  /** WSLS lose threshold (wsls only). Default params.defaults.wslsPayoffThreshold. */
  wslsThreshold?: number;
  /** Apply Eq. 7 payoff learning in learn(). Default true. */
  online?: boolean;
  arithmetic?: PayoffArithmetic;
}

const learnedSchema = z.object({ payoff: matrixSchema(7, 7) }).strict();

function tableEngine(name: 'payoff' | 'wsls', options: PayoffEngineOptions): PolicyEngine<PayoffLearned, PayoffEpisode> {
  const { params } = options;
  const tieRule = options.tieRule ?? 'first';
  const threshold = options.wslsThreshold ?? params.defaults.wslsPayoffThreshold;
  return {
    name,
    initialLearned: () => ({ payoff: cloneMatrix(params.payoffAgent) }),
    startEpisode: () => ({ turn: 0, debtor: [], creditor: [], lastPayoff: null }),
    step({ learned, episode }, detected, rng) {
      const turn = episode.turn + 1;
      const d = detected ?? 'Neutral';
      const row = learned.payoff[emotionIndex(d)];
      let chosen: number;
      let lastPayoff = episode.lastPayoff;
      let note: string;
      if (name === 'wsls') {
        const w = wslsChoice(row, episode.lastPayoff, { threshold, tieRule, rng });
        chosen = w.index;
        lastPayoff = w.payoff;
        note = w.note;
      } else {
        chosen = payoffBestResponse(row, { tieRule, rng });
        note = `best response (${tieRule} ties)`;
      }
      const c = emotionAt(chosen);
      const trace: DecisionTrace = {
        policy: name, turn, detected: d, branch: name, scores: row.slice(), chosen: c, temperature: creditorTemperature(turn), note,
      };
      return { state: { learned, episode: { turn, debtor: [...episode.debtor, d], creditor: [...episode.creditor, c], lastPayoff } }, trace };
    },
    learn({ learned, episode }, outcome) {
      if (options.online === false) return learned;
      const delta = params.defaults.onlineLearning.payoffStep * negotiationReward(params, outcome.success);
      return { payoff: updatePayoff(learned.payoff, episode, { delta, arithmetic: options.arithmetic }) };
    },
    encode: (learned) => ({ payoff: cloneMatrix(learned.payoff) }),
    decode: (raw) => {
      const s = decodeSnapshotState(`${name}.restore`, learnedSchema, raw);
      return { payoff: cloneMatrix(s.payoff) };
    },
  };
}

/** 'payoff': Eq. 1 best response to D_t on the (learned) Table 5 creditor payoffs, explicit tie rule. */
export function payoffEngine(options: PayoffEngineOptions): PolicyEngine<PayoffLearned, PayoffEpisode> {
  return tableEngine('payoff', options);
}

/** 'wsls': the authors' Win-Stay/Lose-Shift (METHOD.md section 9 step 5) on every turn. */
export function wslsEngine(options: PayoffEngineOptions): PolicyEngine<PayoffLearned, PayoffEpisode> {
  return tableEngine('wsls', options);
}
