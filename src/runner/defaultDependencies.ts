import { createOllamaBackend } from '../agents/llm/ollamaBackend.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';
import type { EmotionDetector } from '../detect/types.ts';
import { runNegotiation } from '../negotiation/runNegotiation.ts';
import { policyFromConfig } from '../policies/createPolicy.ts';
import { loadPrincipledPrior, type PrincipledPrior } from '../policies/principledPrior.ts';
import { loadScenarios } from '../scenarios/loadScenarios.ts';
import { createSimulatedBackend } from '../sim/createSimulatedBackend.ts';
import type { RunnerDependencies } from './dependencies.ts';
import { ollamaBackendConfig } from './parseExperiment.ts';

/**
 * The kit's real modules behind the runner: scenario loaders, `policyFromConfig` (paper
 * parameters and principled prior loaded once, not per chain), the simulated and Ollama
 * backends, the offline detectors, and `runNegotiation`.
 * @example await runExperiment(loadExperiment('data/experiments/smoke.json'), { dependencies: defaultDependencies() })
 */
export function defaultDependencies(options: { logger?: Logger } = {}): RunnerDependencies {
  let params: PaperParameters | undefined;
  let prior: PrincipledPrior | undefined;
  const paperParameters = () => (params ??= loadPaperParameters({ logger: options.logger ?? silentLogger }));
  return {
    loadScenarios: (source) => loadScenarios(source),
    createPolicy(entry) {
      paperParameters();
      if (entry.hmmMode === 'principled') prior ??= loadPrincipledPrior({ logger: options.logger ?? silentLogger });
      return policyFromConfig(entry, { params: paperParameters(), ...(prior ? { prior } : {}), ...(options.logger ? { logger: options.logger } : {}) });
    },
    createDetector: (choice, o) => createOfflineDetector(choice, o),
    async createBackend({ config, creditorModel, debtorModel, detector, protocol, logger }) {
      if (config.type === 'simulated') {
        if (detector === undefined) throw new Error('createBackend: the simulated backend needs an offline detector (tfjs, lexicon or oracle)');
        return createSimulatedBackend({ detector, params: paperParameters(), maxMessages: protocol.maxMessages, logger });
      }
      return createOllamaBackend(ollamaBackendConfig(config, { creditor: creditorModel, debtor: debtorModel }), { logger });
    },
    async negotiate(input) {
      const { backend, scenario, persona, rng } = input;
      const agents = await backend.createAgents({ scenario, persona, rng });
      return runNegotiation({
        negotiationId: input.negotiationId,
        scenario,
        persona,
        policy: input.policy,
        agents,
        detector: backend.detector,
        rng,
        config: input.protocol,
        labels: { backend: backend.name, creditorModel: backend.creditorModel, debtorModel: backend.debtorModel, seed: input.seed, policy: input.policyLabel },
        ...(options.logger ? { logger: options.logger } : {}),
      });
    },
  };
}

/**
 * The offline detector: 'tfjs' (the trained TensorFlow.js model; its weights must exist),
 * 'lexicon', or 'auto' = tfjs when src/detect provides it and its weights exist, else lexicon.
 */
async function createOfflineDetector(
  choice: 'auto' | 'tfjs' | 'lexicon',
  options: { logger: Logger },
): Promise<{ detector: EmotionDetector; tfjsBackend?: string }> {
  const detect = (await import(DETECT_MODULE)) as DetectModule;
  if (choice === 'lexicon') return { detector: await detect.createLexiconDetector() };
  if (choice === 'tfjs' || (choice === 'auto' && typeof detect.createTfjsDetector === 'function')) {
    try {
      if (typeof detect.createTfjsDetector !== 'function') throw new Error('src/detect does not export createTfjsDetector');
      const { initTf } = await import('../tf/backend.ts');
      const report = await initTf({ logger: options.logger });
      return { detector: await detect.createTfjsDetector(), tfjsBackend: report.backend };
    } catch (err) {
      if (choice === 'tfjs') throw new Error(`detector 'tfjs' is not available: ${(err as Error).message}`);
      options.logger.warn(`detector 'auto': the tfjs detector is not available (${(err as Error).message}); using the lexicon detector`);
    }
  }
  return { detector: await detect.createLexiconDetector() };
}

const DETECT_MODULE = '../detect/index.ts';

interface DetectModule {
  createLexiconDetector(): EmotionDetector | Promise<EmotionDetector>;
  createTfjsDetector?(): EmotionDetector | Promise<EmotionDetector>;
}
