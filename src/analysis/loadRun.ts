import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';
import type { Transcript } from '../negotiation/events.ts';
import type { PolicyConfig } from '../policies/policyConfig.ts';
import { loadPrincipledPrior, type PrincipledPrior } from '../policies/principledPrior.ts';
import type { RunManifest } from '../runner/manifest.ts';
import { recordFromTranscript } from '../runner/recordFromTranscript.ts';
import type { NegotiationRecord } from '../runner/records.ts';
import { schemaError } from '../core/schemaError.ts';
import { detectionRows, type DetectionRow } from './detectionRows.ts';
import { hmmSmoothingModel, type SmoothingEmission } from './hmmSmoothingModel.ts';
import { negotiationRow, type NegotiationRow } from './negotiationRow.ts';
import { readJsonlFile } from './readJsonlFile.ts';
import { rowCoordinates } from './rowCoordinates.ts';
import { manifestSchema, recordSchema, transcriptLineSchema } from './runSchemas.ts';
import { smoothTranscript } from './smoothTranscript.ts';
import { turnRows, type TurnRow } from './turnRows.ts';

/** A results folder, validated, with its analysis rows (every array in (chain, position) order). */
export interface LoadedRun {
  dir: string;
  manifest: RunManifest;
  /** The records of results.jsonl. */
  records: NegotiationRecord[];
  /** Transcripts by negotiation id. */
  transcripts: Map<string, Transcript>;
  /** One row per negotiation. */
  negotiations: NegotiationRow[];
  /** One row per creditor decision. */
  turns: TurnRow[];
  /** One row per detection of a debtor message. */
  detections: DetectionRow[];
  /** Transcripts without a record (a negotiation interrupted before its record was written); not in the rows. */
  orphanTranscripts: string[];
}

/** Options of {@link loadRun}. */
export interface LoadRunOptions {
  /** Default loadPaperParameters(). */
  params?: PaperParameters;
  /** Default loadPrincipledPrior(). */
  prior?: PrincipledPrior;
  /**
   * Smoothing of HMM policies' hidden states: with the parameters each negotiation was played with
   * ('played', default: the chain's snapshot before it), with the untrained prior ('prior'), or not at all ('none').
   */
  smoothing?: SmoothingEmission | 'none';
  /** Receives warnings (orphan transcripts, smoothing that does not reproduce the policy's beliefs). */
  logger?: Logger;
}

const COMPARED = [
  'outcome', 'success', 'finalDays', 'messages', 'creditorTargetDays', 'debtorTargetDays', 'collectionRate', 'debtCollectionMultiple',
  'endReason', 'detections', 'detectorFailures', 'detectionsCorrect', 'manipulations', 'guards', 'failures', 'judgeVetoes',
] as const;
const START_FIELDS = ['negotiationId', 'scenarioId', 'persona', 'policy', 'seed', 'creditorModel', 'debtorModel', 'creditorTargetDays', 'debtorTargetDays'] as const;

/**
 * Load a results folder (`manifest.json`, `results.jsonl`, `transcripts.jsonl`, as written by the
 * runner) into analysis rows. Every line is validated and nothing is skipped silently: a bad line,
 * a record whose outcome fields disagree with its transcript (recomputed with the runner's
 * recordFromTranscript), a record without transcript, a repeated id or a gap in a chain is an error
 * naming the file, the line and the field. Transcripts without a record are reported through the
 * logger and in `orphanTranscripts`. HMM policies' turn rows get smoothed state posteriors
 * (see {@link hmmSmoothingModel} and smoothTranscript).
 * @throws as described, e.g. `loadRun: run/results.jsonl line 3: field messages = "6": Invalid input: expected number, received string`.
 * @example loadRun('results/smoke').negotiations.length // 36
 */
export function loadRun(dir: string, options: LoadRunOptions = {}): LoadedRun {
  const logger = options.logger ?? silentLogger;
  const manifestPath = join(dir, 'manifest.json');
  const resultsPath = join(dir, 'results.jsonl');
  const transcriptsPath = join(dir, 'transcripts.jsonl');
  const manifest = readManifestStrict(manifestPath);
  const recordLines = readJsonlFile(resultsPath, recordSchema, { caller: 'loadRun' });
  const transcriptLines = readJsonlFile(transcriptsPath, transcriptLineSchema, { caller: 'loadRun' });

  const transcripts = new Map<string, { events: Transcript; line: number; chain: number; position: number }>();
  for (const { value, line } of transcriptLines) {
    const seen = transcripts.get(value.negotiationId);
    if (seen) throw new Error(`loadRun: ${transcriptsPath} line ${line}: field negotiationId = ${JSON.stringify(value.negotiationId)}: repeats line ${seen.line}`);
    transcripts.set(value.negotiationId, { events: value.events as Transcript, line, chain: value.chain, position: value.position });
  }
  const byId = new Map<string, number>();
  const records: { record: NegotiationRecord; line: number }[] = [];
  for (const { value, line } of recordLines) {
    const record = value as NegotiationRecord;
    const where = `${resultsPath} line ${line}`;
    const seen = byId.get(record.negotiationId);
    if (seen !== undefined) throw new Error(`loadRun: ${where}: field negotiationId = ${JSON.stringify(record.negotiationId)}: repeats line ${seen}`);
    byId.set(record.negotiationId, line);
    const t = transcripts.get(record.negotiationId);
    if (!t) throw new Error(`loadRun: ${where}: field negotiationId = ${JSON.stringify(record.negotiationId)}: no transcript in ${transcriptsPath}`);
    checkAgainstTranscript(record, t, { where, transcriptWhere: `${transcriptsPath} line ${t.line}` });
    records.push({ record, line });
  }
  const orphanTranscripts = [...transcripts.keys()].filter((id) => !byId.has(id));
  if (orphanTranscripts.length > 0) {
    logger.warn(`loadRun: ${transcriptsPath} holds ${orphanTranscripts.length} transcript(s) without a record (interrupted negotiations), not analysed: ${orphanTranscripts.slice(0, 3).join(', ')}${orphanTranscripts.length > 3 ? ', ...' : ''}`);
  }
  records.sort((a, b) => a.record.chain - b.record.chain || a.record.position - b.record.position);
  checkChains(records, resultsPath);

  const smoothing = options.smoothing ?? 'played';
  const configs = new Map<string, PolicyConfig>(manifest.identity.experiment.policies.map((p) => [p.label, p.config]));
  let params = options.params;
  let prior = options.prior;
  const negotiations: NegotiationRow[] = [];
  const turns: TurnRow[] = [];
  const detections: DetectionRow[] = [];
  const deviations: { id: string; deviation: number }[] = [];
  records.forEach(({ record, line }, i) => {
    const events = transcripts.get(record.negotiationId)!.events;
    const coordinates = rowCoordinates(record);
    const config = configs.get(record.policy);
    if (config === undefined) {
      throw new Error(`loadRun: ${resultsPath} line ${line}: field policy = ${JSON.stringify(record.policy)}: not a policy label of ${manifestPath} (${[...configs.keys()].join(', ')})`);
    }
    let smoothed;
    const hasStateBelief = events.some((e) => e.type === 'decision' && e.trace.belief?.length === 4);
    if (smoothing !== 'none' && hasStateBelief && (record.hmmMode === 'principled' || record.hmmMode === 'paper-code')) {
      params ??= loadPaperParameters();
      prior ??= loadPrincipledPrior();
      const previous = record.position > 0 ? records[i - 1].record.policySnapshot : undefined;
      const model = hmmSmoothingModel({ hmmMode: record.hmmMode, previousSnapshot: previous, config }, { params, prior, emission: smoothing });
      if (model) {
        const s = smoothTranscript(events, model);
        smoothed = s.byIndex;
        if (smoothing === 'played' && s.filterDeviation > 1e-9) deviations.push({ id: record.negotiationId, deviation: s.filterDeviation });
      }
    }
    negotiations.push(negotiationRow(record, events));
    turns.push(...turnRows(events, { coordinates, success: record.success, smoothed }));
    detections.push(...detectionRows(events, { coordinates }));
  });
  if (deviations.length > 0) {
    const worst = deviations.reduce((a, b) => (b.deviation > a.deviation ? b : a));
    logger.warn(
      `loadRun: for ${deviations.length} negotiation(s) the smoothing model's forward filter differs from the policy's logged beliefs ` +
        `(largest ${worst.deviation.toExponential(2)} in ${worst.id}): the smoothed estimates do not use the model the policy played with`,
    );
  }
  return {
    dir,
    manifest,
    records: records.map((r) => r.record),
    transcripts: new Map(records.map(({ record }) => [record.negotiationId, transcripts.get(record.negotiationId)!.events])),
    negotiations,
    turns,
    detections,
    orphanTranscripts,
  };
}

function readManifestStrict(path: string): RunManifest {
  if (!existsSync(path)) throw new Error(`loadRun: ${path} does not exist (not a results folder?)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadRun: ${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`loadRun: ${schemaError(path, raw, parsed.error).message}`);
  return raw as RunManifest;
}

function checkAgainstTranscript(
  record: NegotiationRecord,
  t: { events: Transcript; chain: number; position: number },
  where: { where: string; transcriptWhere: string },
): void {
  const mismatch = (field: string, recordValue: unknown, transcriptValue: unknown) =>
    new Error(`loadRun: ${where.where}: field ${field} = ${JSON.stringify(recordValue)} but ${where.transcriptWhere} gives ${JSON.stringify(transcriptValue)}`);
  if (t.chain !== record.chain) throw mismatch('chain', record.chain, t.chain);
  if (t.position !== record.position) throw mismatch('position', record.position, t.position);
  const start = t.events.find((e) => e.type === 'start');
  if (start?.type !== 'start') throw new Error(`loadRun: ${where.transcriptWhere}: field events: no start event`);
  for (const f of START_FIELDS) if (start[f] !== record[f]) throw mismatch(f, record[f], start[f]);
  let derived: NegotiationRecord;
  try {
    derived = recordFromTranscript(t.events, { coordinates: record, snapshot: record.policySnapshot });
  } catch (err) {
    throw new Error(`loadRun: ${where.transcriptWhere}: ${(err as Error).message}`);
  }
  for (const f of COMPARED) {
    const a = record[f];
    const b = derived[f];
    const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)) : a === b;
    if (!same) throw mismatch(f, a, b);
  }
}

function checkChains(records: readonly { record: NegotiationRecord; line: number }[], path: string): void {
  records.forEach(({ record, line }, i) => {
    const prev = i > 0 ? records[i - 1].record : undefined;
    const expected = prev !== undefined && prev.chain === record.chain ? prev.position + 1 : 0;
    if (record.position !== expected) {
      throw new Error(`loadRun: ${path} line ${line}: field position = ${record.position}: chain ${record.chain} (${record.chainId}) has no negotiation at position ${expected}`);
    }
    if (prev !== undefined && prev.chain === record.chain && prev.chainId !== record.chainId) {
      throw new Error(`loadRun: ${path} line ${line}: field chainId = ${JSON.stringify(record.chainId)}: chain ${record.chain} is ${JSON.stringify(prev.chainId)} on other lines`);
    }
  });
}
