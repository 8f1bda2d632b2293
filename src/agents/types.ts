import type { Emotion } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';
import type { DecisionTrace } from '../policies/types.ts';
import type { Message, NegotiationEvent } from '../negotiation/events.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Persona } from './personas.ts';

/** What the creditor's speaker gets each turn: the policy has already chosen the emotion. */
export interface CreditorTurn {
  scenario: Scenario;
  history: readonly Message[];
  emotion: Emotion | null;
  decision: DecisionTrace;
  temperature: number;
  /** The offer the protocol's guard allows at most (creditorMaxDays). */
  maxDays: number;
}

export interface DebtorTurn {
  scenario: Scenario;
  persona: Persona;
  history: readonly Message[];
}

export interface SpokenMessage {
  text: string;
  /** Extra events the speaker produced (llm-call, failure). */
  events?: NegotiationEvent[];
  /** Simulated backend only: the ground truth behind the message. */
  trueEmotion?: Emotion;
  trueState?: string;
}

export interface CreditorSpeaker {
  speak(turn: CreditorTurn): Promise<SpokenMessage>;
}

export interface DebtorSpeaker {
  speak(turn: DebtorTurn): Promise<SpokenMessage>;
}

export interface JudgeInput {
  scenario: Scenario;
  history: readonly Message[];
  creditorOffer: number;
  debtorOffer: number;
}

export interface JudgeVerdict {
  agree: boolean;
  days: number | null;
  reason: string;
  events?: NegotiationEvent[];
}

export interface Judge {
  readonly name: string;
  judge(input: JudgeInput): Promise<JudgeVerdict>;
}

/**
 * A backend builds the agents of one negotiation. Simulated and Ollama backends implement it;
 * `rng` is the negotiation's own stream (fork it per agent).
 */
export interface Backend {
  readonly name: string;
  readonly creditorModel: string;
  readonly debtorModel: string;
  createAgents(input: { scenario: Scenario; persona: Persona; rng: Rng }): Promise<{
    creditor: CreditorSpeaker;
    debtor: DebtorSpeaker;
    judge: Judge;
  }>;
  /** The detector the creditor uses to read the debtor's emotion. */
  readonly detector: EmotionDetector;
  close?(): Promise<void>;
}

import type { EmotionDetector } from '../detect/types.ts';
