import type { Backend } from '../agents/types.ts';
import type { EmotionDetector } from '../detect/types.ts';

/**
 * The same backend with another emotion detector for the creditor (the experiment's `detector`).
 * Delegates everything else, so class-based backends keep their methods.
 * @example withDetector(simBackend, createLexiconDetector()).detector.name // 'lexicon'
 */
export function withDetector(backend: Backend, detector: EmotionDetector): Backend {
  return {
    name: backend.name,
    creditorModel: backend.creditorModel,
    debtorModel: backend.debtorModel,
    detector,
    createAgents: (input) => backend.createAgents(input),
    ...(backend.close ? { close: () => backend.close!() } : {}),
  };
}
