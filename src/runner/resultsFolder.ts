import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/logger.ts';
import type { Transcript } from '../negotiation/events.ts';
import type { PolicySnapshot } from '../policies/types.ts';
import { openJsonlAppender, readJsonlLines, repairJsonlTail, writeFileAtomic, type JsonlAppender } from './jsonlFile.ts';
import { firstDifference, readManifest, type RunIdentity, type RunManifest } from './manifest.ts';
import type { NegotiationRecord } from './records.ts';

/** A record kept in memory: everything but the policy snapshot (large, needed only per chain). */
export type ResultRow = Omit<NegotiationRecord, 'policySnapshot'>;

/** How far a chain got: the number of finished negotiations and the snapshot after the last one. */
export interface ChainProgress {
  finished: number;
  snapshot: PolicySnapshot | undefined;
}

/** An open results folder: `results.jsonl`, `transcripts.jsonl`, `manifest.json`. */
export interface ResultsFolder {
  readonly dir: string;
  /** The manifest found when opening (undefined for a new folder). */
  readonly manifest: RunManifest | undefined;
  /** Finished negotiations (found on disk, then appended), in file order. */
  readonly rows: readonly ResultRow[];
  progress(chainId: string): ChainProgress;
  /**
   * Queue one finished negotiation; resolves once it is on disk. Group commit: the negotiations
   * queued in the same turn of the event loop go out together, their transcript lines in one
   * append + fsync, then their record lines in one append + fsync (the record is the commit point).
   */
  append(record: NegotiationRecord, transcript: Transcript): Promise<void>;
  /** Rewrite results.jsonl sorted by (chain, position): the canonical order of a finished run. */
  sortResults(): void;
  close(): void;
}

export const RESULTS_FILE = 'results.jsonl';
export const TRANSCRIPTS_FILE = 'transcripts.jsonl';

/**
 * Open (or create) a results folder for a run with `identity`. An existing folder is resumed only
 * when its manifest holds the same identity; torn last lines from a crash are cut with a warning,
 * and transcripts without a record (written just before a crash) are dropped, so that resuming
 * neither loses nor duplicates a negotiation.
 * @throws when the folder holds a different experiment (naming the first differing field), or
 * results without a manifest, or a record that breaks its chain's order.
 */
export function openResultsFolder(dir: string, options: { identity: RunIdentity; logger: Logger }): ResultsFolder {
  const { logger } = options;
  mkdirSync(dir, { recursive: true });
  const manifest = readManifest(dir);
  const resultsPath = join(dir, RESULTS_FILE);
  const transcriptsPath = join(dir, TRANSCRIPTS_FILE);
  if (manifest === undefined) {
    if (existsSync(resultsPath) && statSync(resultsPath).size > 0) {
      throw new Error(`openResultsFolder: ${dir} holds ${RESULTS_FILE} but no manifest.json; choose another output folder or remove it`);
    }
  } else {
    const identity = JSON.parse(JSON.stringify(options.identity)) as RunIdentity;
    const d = firstDifference(manifest.identity, identity);
    if (d) {
      throw new Error(
        `openResultsFolder: ${dir} holds a different experiment (field ${d.path} is ${JSON.stringify(d.a)} there, ` +
          `${JSON.stringify(d.b)} here); choose another output folder or remove ${dir}`,
      );
    }
  }
  repairJsonlTail(resultsPath, { logger });
  repairJsonlTail(transcriptsPath, { logger });

  const rows: ResultRow[] = [];
  const chains = new Map<string, ChainProgress>();
  const ids = new Set<string>();
  for (const { line, number } of readJsonlLines(resultsPath)) {
    let record: NegotiationRecord;
    try {
      record = JSON.parse(line) as NegotiationRecord;
    } catch (err) {
      throw new Error(`openResultsFolder: ${resultsPath} line ${number} is not valid JSON: ${(err as Error).message}`);
    }
    admit(record, `${resultsPath} line ${number}`);
  }
  dropOrphanTranscripts(transcriptsPath, ids, logger);

  function admit(record: NegotiationRecord, where: string): void {
    if (ids.has(record.negotiationId)) throw new Error(`openResultsFolder: ${where} repeats negotiation ${record.negotiationId}`);
    const progress = chains.get(record.chainId) ?? { finished: 0, snapshot: undefined };
    if (record.position !== progress.finished) {
      throw new Error(`openResultsFolder: ${where}: negotiation ${record.negotiationId} has position ${record.position}, expected ${progress.finished} in chain ${record.chainId}`);
    }
    const { policySnapshot, ...row } = record;
    chains.set(record.chainId, { finished: progress.finished + 1, snapshot: policySnapshot });
    ids.add(record.negotiationId);
    rows.push(row);
  }

  let results: JsonlAppender = openJsonlAppender(resultsPath);
  const transcripts = openJsonlAppender(transcriptsPath);
  let pending: { result: string; transcript: string; done: () => void; fail: (err: unknown) => void }[] = [];
  const flush = (): void => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      transcripts.append(...batch.map((b) => b.transcript));
      results.append(...batch.map((b) => b.result));
    } catch (err) {
      for (const b of batch) b.fail(err);
      return;
    }
    for (const b of batch) b.done();
  };
  return {
    dir,
    manifest,
    rows,
    progress: (chainId) => chains.get(chainId) ?? { finished: 0, snapshot: undefined },
    append(record, transcript) {
      const result = JSON.stringify(record);
      const line = JSON.stringify({ negotiationId: record.negotiationId, chain: record.chain, position: record.position, events: transcript });
      admit(record, 'append');
      return new Promise<void>((done, fail) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ result, transcript: line, done, fail });
      });
    },
    sortResults() {
      flush();
      results.close();
      const lines = [...readJsonlLines(resultsPath)].map(({ line }) => ({ line, key: sortKey(line, resultsPath) }));
      const sorted = lines.every((l, i) => i === 0 || compareKeys(lines[i - 1].key, l.key) < 0);
      if (!sorted) {
        lines.sort((a, b) => compareKeys(a.key, b.key));
        writeFileAtomic(resultsPath, lines.map((l) => `${l.line}\n`));
      }
      results = openJsonlAppender(resultsPath);
    },
    close() {
      flush();
      results.close();
      transcripts.close();
    },
  };
}

function sortKey(line: string, path: string): [number, number] {
  // JSON.stringify escapes quotes inside strings, so this pattern only matches the record's own keys.
  const m = /,"chain":(\d+),"position":(\d+),/.exec(line);
  if (!m) throw new Error(`sortResults: a line of ${path} has no chain and position: ${line.slice(0, 120)}`);
  return [Number(m[1]), Number(m[2])];
}

function compareKeys(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Remove transcript lines whose negotiation has no record (and repeated ones), keeping file order. */
function dropOrphanTranscripts(path: string, recorded: ReadonlySet<string>, logger: Logger): void {
  const seen = new Set<string>();
  let dropped = 0;
  for (const { line } of readJsonlLines(path)) {
    const id = transcriptId(line, path);
    if (!recorded.has(id) || seen.has(id)) dropped++;
    seen.add(id);
  }
  const missing = [...recorded].filter((id) => !seen.has(id)).length;
  if (missing > 0) logger.warn(`${path}: ${missing} finished negotiations have no transcript`);
  if (dropped === 0) return;
  logger.warn(`${path}: dropping ${dropped} transcript(s) of negotiations that did not finish writing; they will run again`);
  const kept = new Set<string>();
  writeFileAtomic(path, (function* () {
    for (const { line } of readJsonlLines(path)) {
      const id = transcriptId(line, path);
      if (recorded.has(id) && !kept.has(id)) {
        kept.add(id);
        yield `${line}\n`;
      }
    }
  })());
}

function transcriptId(line: string, path: string): string {
  const m = /^\{"negotiationId":("(?:[^"\\]|\\.)*")/.exec(line);
  if (!m) throw new Error(`openResultsFolder: a line of ${path} does not start with a negotiationId: ${line.slice(0, 120)}`);
  return JSON.parse(m[1]) as string;
}
