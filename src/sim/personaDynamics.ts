import { EMOTIONS, emotionIndex, type Emotion } from '../core/emotions.ts';
import { normalize, type Matrix, type Vector } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import type { Persona } from '../agents/personas.ts';
import { DEBTOR_STATES, type DebtorStyle, type SimulationParameters } from './simulationParameters.ts';

/** Index used for "the creditor showed no emotion" in the per-creditor-emotion tables below. */
export const NO_CREDITOR_EMOTION = EMOTIONS.length;

/** Everything a simulated debtor of one persona draws from, precomputed once (a turn only indexes it). */
export interface PersonaDynamics {
  persona: Persona;
  /** Paper initial distribution tilted by the persona, renormalised. */
  initial: Vector;
  /** Paper state transition matrix, every row tilted by the persona, renormalised. */
  transition: Matrix;
  /** P(D | S = s, C = c) at index s * 8 + c (c = 7: no creditor emotion); each a 7-vector summing to 1. */
  emotion: Float64Array[];
  /** Concession rate at index (s * 7 + d) * 8 + c, in [0, 1]. */
  rate: Float64Array;
  style: DebtorStyle;
  minimalMaxWords: number;
  promise: { probability: number; state: number; fraction: number; retractProbability: number } | null;
}

/** Multiply a distribution by a positive tilt and renormalise. */
export function tiltDistribution(p: ArrayLike<number>, tilt: ArrayLike<number>): Vector {
  return normalize(Array.from(p, (v, i) => v * tilt[i]));
}

/**
 * Compile a persona's simulation dynamics (METHOD.md section 8) from the paper's tables and the
 * simulation parameters:
 * - hidden state: initial and every transition row tilted by `stateTilt`;
 * - emotion: P(D | S, C) = w * Table4b[C] + (1 - w) * ((1 - m) * stateEmotion[S] + m * onehot(focus)),
 *   with w = table4bWeight, m = focusMass, and Table4b[noCreditorEmotionRow] when C is none;
 * - concession rate: clamp((baseRate + payoffSlope * client[D][C]) * stateMultiplier[S] * concessionScale, 0, 1).
 * O(4 * 7 * 8 * 7).
 */
export function compilePersonaDynamics(persona: Persona, options: { params: PaperParameters; simulation: SimulationParameters }): PersonaDynamics {
  const { params, simulation } = options;
  const spec = simulation.personas[persona];
  if (spec === undefined) throw new Error(`compilePersonaDynamics: unknown persona ${JSON.stringify(persona)}`);
  const nStates = DEBTOR_STATES.length;
  const nE = EMOTIONS.length;
  const noRow = emotionIndex(simulation.noCreditorEmotionRow);
  const creditorRow = (c: number) => (c === NO_CREDITOR_EMOTION ? noRow : c);
  const focus = spec.focusEmotion === null ? -1 : emotionIndex(spec.focusEmotion);
  const emotion: Float64Array[] = [];
  const rate = new Float64Array(nStates * nE * (nE + 1));
  const { baseRate, payoffSlope, stateMultiplier } = simulation.concession;
  for (let s = 0; s < nStates; s++) {
    const component = simulation.stateEmotion[s].map((q, d) => (1 - spec.focusMass) * q + (d === focus ? spec.focusMass : 0));
    for (let c = 0; c <= nE; c++) {
      const b = params.creditorToDebtorEmission[creditorRow(c)];
      const mix = new Float64Array(nE);
      for (let d = 0; d < nE; d++) mix[d] = spec.table4bWeight * b[d] + (1 - spec.table4bWeight) * component[d];
      emotion.push(Float64Array.from(normalize(mix)));
      for (let d = 0; d < nE; d++) {
        const r = (baseRate + payoffSlope * params.payoffClient[d][creditorRow(c)]) * stateMultiplier[s] * spec.concessionScale;
        rate[(s * nE + d) * (nE + 1) + c] = Math.min(1, Math.max(0, r));
      }
    }
  }
  return {
    persona,
    initial: tiltDistribution(params.stateInitial, spec.stateTilt),
    transition: params.stateTransition.map((row) => tiltDistribution(row, spec.stateTilt)),
    emotion,
    rate,
    style: spec.style,
    minimalMaxWords: simulation.words.minimalMaxWords,
    promise: spec.promise === null ? null : {
      probability: spec.promise.probability,
      state: DEBTOR_STATES.indexOf(spec.promise.whenState),
      fraction: spec.promise.fraction,
      retractProbability: spec.promise.retractProbability,
    },
  };
}

/** Index of a creditor emotion in the tables of {@link PersonaDynamics} (null or undefined: none). */
export function creditorEmotionSlot(emotion: Emotion | null | undefined): number {
  return emotion === null || emotion === undefined ? NO_CREDITOR_EMOTION : emotionIndex(emotion);
}
