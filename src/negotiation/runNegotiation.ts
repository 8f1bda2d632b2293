import type { Transcript } from './events.ts';
import { negotiate, type NegotiationSetup } from './negotiate.ts';

/**
 * Run a whole negotiation and collect its events: the transcript (a plain, serialisable array)
 * that every metric reads. Same setup, same seeded agents, same transcript.
 * @throws whatever {@link negotiate} throws (invalid setup, a speaker or judge exception).
 * @example (await runNegotiation(setup)).at(-1) // { type: 'end', outcome: 'accept', finalDays: 62, ... }
 */
export async function runNegotiation(setup: NegotiationSetup): Promise<Transcript> {
  const transcript: Transcript = [];
  for await (const event of negotiate(setup)) transcript.push(event);
  return transcript;
}
