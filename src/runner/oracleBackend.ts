import type { Backend } from '../agents/types.ts';
import type { Emotion } from '../core/emotions.ts';
import type { Detection } from '../detect/types.ts';

/** Name of the oracle detector in transcripts, records and manifests. */
export const ORACLE_DETECTOR = 'oracle';

/**
 * A view of `backend` for one negotiation whose detector reads the true emotion the debtor
 * speaker reported with each message (simulated backend only): an upper bound for ablations
 * ("what if detection were perfect"). Make one view per negotiation; the view remembers the
 * texts its own debtor spoke. A text it has not seen, or one spoken without a true emotion,
 * is a failed detection (ok: false, Neutral), counted like any detector failure.
 * No contract change: the view wraps the debtor speaker and answers `detect` from what it saw.
 * @example oracleBackend(sim).detector.name // 'oracle'
 */
export function oracleBackend(backend: Backend): Backend {
  const truth = new Map<string, Emotion>();
  const detect = async (texts: string[]): Promise<Detection[]> =>
    texts.map((text) => {
      const emotion = truth.get(text);
      return emotion === undefined
        ? { emotion: 'Neutral', ok: false, error: 'oracle: the debtor speaker reported no true emotion for this text' }
        : { emotion, ok: true };
    });
  return {
    name: backend.name,
    creditorModel: backend.creditorModel,
    debtorModel: backend.debtorModel,
    detector: { name: ORACLE_DETECTOR, detect },
    async createAgents(input) {
      const agents = await backend.createAgents(input);
      const debtor = agents.debtor;
      return {
        ...agents,
        debtor: {
          async speak(turn) {
            const message = await debtor.speak(turn);
            if (message.trueEmotion !== undefined) truth.set(message.text, message.trueEmotion);
            return message;
          },
        },
      };
    },
    ...(backend.close ? { close: () => backend.close!() } : {}),
  };
}
