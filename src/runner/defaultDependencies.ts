import { createOllamaBackend } from '../agents/llm/ollamaBackend.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDetectorDir } from '../detect/detectorModelFile.ts';
import { createLexiconDetector } from '../detect/lexiconDetector.ts';
import { createPureTsDetector } from '../detect/pureTsDetector.ts';
import type { EmotionDetector } from '../detect/types.ts';
import { runNegotiation } from '../negotiation/runNegotiation.ts';
import { policyFromConfig } from '../policies/createPolicy.ts';
import { loadPrincipledPrior, type PrincipledPrior } from '../policies/principledPrior.ts';
import { loadScenarios } from '../scenarios/loadScenarios.ts';
import { createSimulatedBackend } from '../sim/createSimulatedBackend.ts';
import type { OfflineDetectorChoice, RunnerDependencies } from './dependencies.ts';
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
 * The offline detector: 'tfjs' (the trained classifier in data/detector on TensorFlow.js),
 * 'pure-ts' (the same trained classifier scored in plain TypeScript), 'lexicon' (Empath words),
 * or 'auto' = tfjs when the trained weights exist, else lexicon (with a warning).
 * @throws when 'tfjs' or 'pure-ts' is asked for and the weights are missing.
 */
export async function createOfflineDetector(
  choice: OfflineDetectorChoice,
  options: { logger: Logger; dir?: string },
): Promise<{ detector: EmotionDetector; tfjsBackend?: string }> {
  if (choice === 'lexicon') return { detector: createLexiconDetector() };
  const dir = options.dir ?? defaultDetectorDir();
  const weights = existsSync(join(dir, 'model.json'));
  if (!weights) {
    if (choice !== 'auto') throw new Error(`detector '${choice}': no trained detector in ${dir} (model.json); run eqn train-detector or use 'lexicon'`);
    options.logger.warn(`detector 'auto': no trained detector in ${dir}; using the lexicon detector`);
    return { detector: createLexiconDetector() };
  }
  if (choice === 'pure-ts') return { detector: createPureTsDetector({ dir }) };
  const [{ createTfjsDetector }, { initTf }] = await Promise.all([import('../detect/tfjsDetector.ts'), import('../tf/backend.ts')]);
  const report = await initTf({ logger: options.logger });
  return { detector: createTfjsDetector({ dir }), tfjsBackend: report.backend };
}
