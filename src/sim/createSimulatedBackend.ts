import type { Backend, Judge } from '../agents/types.ts';
import type { Persona } from '../agents/personas.ts';
import type { EmotionDetector } from '../detect/types.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';
import type { Rng } from '../core/rng.ts';
import type { Scenario } from '../scenarios/types.ts';
import { createRuleJudge } from '../negotiation/createRuleJudge.ts';
import { createSimulatedCreditor } from './createSimulatedCreditor.ts';
import { createSimulatedDebtor } from './createSimulatedDebtor.ts';
import { compilePersonaDynamics, type PersonaDynamics } from './personaDynamics.ts';
import { loadSimCorpus, type SimCorpus } from './simCorpus.ts';
import { loadSimulationParameters, type SimulationParameters } from './simulationParameters.ts';

/** Builds the judge of one negotiation. */
export type JudgeFactory = (input: { scenario: Scenario; persona: Persona; rng: Rng }) => Judge;

export interface SimulatedBackendOptions {
  /** The creditor's emotion detector (injected: lexicon, TF.js, ...). */
  detector: EmotionDetector;
  /** Paper tables; default `data/paper-parameters.json`. */
  params?: PaperParameters;
  /** Simulation parameters; default `data/simulation.json`. */
  simulation?: SimulationParameters;
  /** Debtor sentence pool; default `data/sim-corpus/sentences.json`. */
  corpus?: SimCorpus;
  /** Judge per negotiation; default the protocol's rule judge ({@link createRuleJudge}) with the paper's 5-day gap. */
  judge?: JudgeFactory;
  /** Message cap the creditor's offer schedule spans; default the paper's 30. */
  maxMessages?: number;
  logger?: Logger;
}

/**
 * The kit's default backend: a simulation, not a language model (METHOD.md section 8). The debtor
 * has a hidden state and emotion drawn from the paper's own tables tilted per persona, and speaks
 * held-out XED sentences plus its offer; the creditor renders the policy's emotion and a scheduled
 * offer as template text. Data are loaded once; persona dynamics are compiled once per persona.
 * @example const backend = createSimulatedBackend({ detector }); await backend.createAgents({ scenario, persona: 'cheating', rng })
 */
export function createSimulatedBackend(options: SimulatedBackendOptions): Backend {
  const logger = options.logger ?? silentLogger;
  const params = options.params ?? loadPaperParameters({ logger });
  const simulation = options.simulation ?? loadSimulationParameters({ logger });
  const corpus = options.corpus ?? loadSimCorpus();
  const maxMessages = options.maxMessages ?? params.defaults.maxMessages;
  if (!Number.isInteger(maxMessages) || maxMessages < 2) {
    throw new Error(`createSimulatedBackend: maxMessages must be an integer >= 2, got ${maxMessages}`);
  }
  const ruleJudge = createRuleJudge({ gapDays: params.defaults.agreementGapDays });
  const judgeFactory: JudgeFactory = options.judge ?? (() => ruleJudge);
  const dynamics = new Map<Persona, PersonaDynamics>();
  const dynamicsOf = (persona: Persona): PersonaDynamics => {
    let d = dynamics.get(persona);
    if (d === undefined) {
      d = compilePersonaDynamics(persona, { params, simulation });
      dynamics.set(persona, d);
    }
    return d;
  };
  return {
    name: 'simulated',
    creditorModel: 'sim-creditor',
    debtorModel: 'sim-debtor',
    detector: options.detector,
    async createAgents({ scenario, persona, rng }) {
      return {
        creditor: createSimulatedCreditor(rng.fork('creditor'), { simulation, maxMessages }),
        debtor: createSimulatedDebtor(
          { targetDays: scenario.debtorTargetDays, rng: rng.fork('debtor') },
          { dynamics: dynamicsOf(persona), corpus, simulation },
        ),
        judge: judgeFactory({ scenario, persona, rng: rng.fork('judge') }),
      };
    },
  };
}
