import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../../src/negotiation/events.ts';

/** The report fixture's results folder (see tests/fixtures/report/README.md). */
export const FIXTURE_RUN = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'report', 'run');

/** The fixture's transcripts by negotiation id. */
export function fixtureTranscripts(): Map<string, Transcript> {
  const lines = readFileSync(join(FIXTURE_RUN, 'transcripts.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => {
    const { negotiationId, events } = JSON.parse(l) as { negotiationId: string; events: Transcript };
    return [negotiationId, events];
  }));
}
