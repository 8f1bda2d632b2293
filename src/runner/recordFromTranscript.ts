import type { Transcript } from '../negotiation/events.ts';
import type { PolicySnapshot } from '../policies/types.ts';
import { RECORD_FORMAT, type NegotiationRecord, type RecordCoordinates } from './records.ts';

/**
 * Summarise one negotiation's transcript as a results record (a pure function of the transcript,
 * STYLE.md practice 9). Metrics follow METHOD.md section 6: collection rate min(1, target / agreed)
 * and 0 on failure; debt-collection multiple agreed / target on success only.
 * @throws when the transcript has no start or no end event, naming the negotiation.
 * @example recordFromTranscript(events, { coordinates, snapshot }).collectionRate // 0.5 for 24 agreed days against a 12-day target
 */
export function recordFromTranscript(
  transcript: Transcript,
  options: { coordinates: RecordCoordinates; snapshot: PolicySnapshot },
): NegotiationRecord {
  const id = options.coordinates.negotiationId;
  const start = transcript.find((e) => e.type === 'start');
  const end = [...transcript].reverse().find((e) => e.type === 'end');
  if (start?.type !== 'start') throw new Error(`recordFromTranscript: negotiation ${id} has no start event`);
  if (end?.type !== 'end') throw new Error(`recordFromTranscript: negotiation ${id} has no end event`);
  const success = end.outcome === 'accept';
  if (success && !(typeof end.finalDays === 'number' && end.finalDays > 0)) {
    throw new Error(`recordFromTranscript: negotiation ${id} accepted with finalDays = ${JSON.stringify(end.finalDays)}, expected a positive number`);
  }
  const target = start.creditorTargetDays;
  const finalDays = success ? end.finalDays : null;
  let detections = 0, detectorFailures = 0, withTruth = 0, correct = 0;
  let manipulations = 0, guards = 0, failures = 0, judgeVetoes = 0;
  for (const e of transcript) {
    if (e.type === 'detection') {
      detections++;
      if (!e.ok) detectorFailures++;
      if (e.trueEmotion !== undefined) {
        withTruth++;
        if (e.trueEmotion === e.emotion) correct++;
      }
    } else if (e.type === 'manipulation') manipulations++;
    else if (e.type === 'guard') guards++;
    else if (e.type === 'failure') failures++;
    else if (e.type === 'judge' && !e.agree) judgeVetoes++;
  }
  return {
    format: RECORD_FORMAT,
    ...options.coordinates,
    outcome: end.outcome,
    success,
    finalDays,
    messages: end.messages,
    creditorTargetDays: target,
    debtorTargetDays: start.debtorTargetDays,
    collectionRate: finalDays === null ? 0 : Math.min(1, target / finalDays),
    debtCollectionMultiple: finalDays === null ? null : finalDays / target,
    endReason: end.reason,
    detections,
    detectorFailures,
    detectionsCorrect: withTruth > 0 ? correct : null,
    manipulations,
    guards,
    failures,
    judgeVetoes,
    policySnapshot: options.snapshot,
  };
}
