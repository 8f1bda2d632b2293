import type { Transcript } from '../negotiation/events.ts';
import type { NegotiationRecord } from '../runner/records.ts';
import { pickFields, rowCoordinates, type RowCoordinates } from './rowCoordinates.ts';

/**
 * One negotiation, flat, for tables and figures. Outcome metrics follow METHOD.md section 6.
 * Lengths are counted in messages (both sides), never in turns.
 */
export interface NegotiationRow extends RowCoordinates {
  outcome: 'accept' | 'breakdown';
  success: boolean;
  /** Agreed days; null on breakdown. */
  finalDays: number | null;
  /** The creditor's target days. */
  creditorTargetDays: number;
  debtorTargetDays: number;
  /** Agreed days on success (the paper's collection days), null on breakdown. */
  collectionDays: number | null;
  /** finalDays / creditorTargetDays on success, null on breakdown; lower is better. */
  debtCollectionMultiple: number | null;
  /** min(1, creditorTargetDays / finalDays) on success, 0 on breakdown. */
  collectionRate: number;
  /** Negotiation length in messages. */
  messages: number;
  endReason: string;
  /** Creditor decisions (one per creditor message). */
  decisions: number;
  /** Decisions taken by the HMM branch. */
  hmmDecisions: number;
  detections: number;
  detectorFailures: number;
  /** Detections equal to the logged true emotion; null when no truth was logged. */
  detectionsCorrect: number | null;
  manipulations: number;
  guards: number;
  /** 'failure' events (e.g. an LLM reply that failed its schema). */
  failures: number;
  judgeVetoes: number;
}

/**
 * The row of one negotiation from its record and transcript (the record's outcome fields were
 * checked against the transcript by loadRun).
 * @example negotiationRow(record, events).debtCollectionMultiple // 2 for 20 agreed days against a 10-day target
 */
export function negotiationRow(record: NegotiationRecord, transcript: Transcript): NegotiationRow {
  let decisions = 0;
  let hmmDecisions = 0;
  for (const e of transcript) {
    if (e.type !== 'decision') continue;
    decisions++;
    if (e.trace.branch === 'hmm') hmmDecisions++;
  }
  return {
    ...rowCoordinates(record),
    ...pickFields(record, ['outcome', 'success', 'finalDays', 'creditorTargetDays', 'debtorTargetDays']),
    collectionDays: record.success ? record.finalDays : null,
    ...pickFields(record, ['debtCollectionMultiple', 'collectionRate', 'messages', 'endReason']),
    decisions,
    hmmDecisions,
    ...pickFields(record, ['detections', 'detectorFailures', 'detectionsCorrect', 'manipulations', 'guards', 'failures', 'judgeVetoes']),
  };
}
