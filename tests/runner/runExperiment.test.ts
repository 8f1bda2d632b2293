import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../src/core/logger.ts';
import { runExperiment } from '../../src/runner/runExperiment.ts';
import type { NegotiationRecord } from '../../src/runner/records.ts';
import { fakeDependencies, fakeExperiment } from './fakes.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'eqn-runner-'));
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const records = (dir: string) => read(dir, 'results.jsonl').trim().split('\n').map((l) => JSON.parse(l) as NegotiationRecord);
const transcriptIds = (dir: string) => read(dir, 'transcripts.jsonl').trim().split('\n').map((l) => (JSON.parse(l) as { negotiationId: string }).negotiationId);

async function uninterrupted(concurrency = 1): Promise<string> {
  const dir = tmp();
  await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies(), concurrency });
  return dir;
}

test('runExperiment(experiment) writes one record and one transcript per negotiation of the grid, sorted by chain and position', async () => {
  const dir = tmp();
  const result = await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies() });
  const rs = records(dir);
  assert.equal(result.total, 48);
  assert.equal(result.complete, true);
  assert.equal(rs.length, 48);
  assert.equal(new Set(rs.map((r) => r.negotiationId)).size, 48);
  assert.deepEqual(rs.map((r) => [r.chain, r.position]), Array.from({ length: 48 }, (_, i) => [Math.floor(i / 4), i % 4]));
  assert.deepEqual(new Set(transcriptIds(dir)), new Set(rs.map((r) => r.negotiationId)));
  assert.deepEqual(rs.slice(0, 4).map((r) => r.scenarioId), ['fake-1', 'fake-2', 'fake-3', 'fake-4']);
  assert.equal(rs[0].detector, 'fake-lexicon');
  const manifest = JSON.parse(read(dir, 'manifest.json'));
  assert.equal(manifest.complete, true);
  assert.equal(manifest.detector.name, 'fake-lexicon');
  assert.equal(manifest.grid.negotiations, 48);
  assert.match(manifest.environment.node, /^v\d+/);
  assert.ok(manifest.environment.gitCommit.length > 0);
});

test('runExperiment(experiment) gives byte-identical results.jsonl across runs and concurrency', async () => {
  const a = read(await uninterrupted(1), 'results.jsonl');
  const b = read(await uninterrupted(1), 'results.jsonl');
  const c = read(await uninterrupted(7), 'results.jsonl');
  assert.equal(a, b);
  assert.equal(a, c);
});

test('runExperiment(experiment) keeps the learned policy state across a chain: the snapshot of each record counts the chain so far', async () => {
  const rs = records(await uninterrupted(4));
  for (const r of rs) {
    const { wins, losses } = r.policySnapshot.state as { wins: number; losses: number };
    assert.equal(wins + losses, r.position + 1, r.negotiationId);
  }
});

test('a run stopped after N negotiations (limit) and resumed writes exactly the records of an uninterrupted run', async () => {
  const reference = read(await uninterrupted(), 'results.jsonl');
  const dir = tmp();
  const first = fakeDependencies();
  const partial = await runExperiment(fakeExperiment(dir), { dependencies: first, limit: 17, concurrency: 5 });
  assert.equal(partial.complete, false);
  assert.equal(records(dir).length, 17);
  assert.equal(JSON.parse(read(dir, 'manifest.json')).complete, false);
  const second = fakeDependencies();
  const resumed = await runExperiment(fakeExperiment(dir), { dependencies: second, concurrency: 2 });
  assert.equal(resumed.ran, 31);
  assert.equal(second.calls.length, 31);
  assert.deepEqual(new Set([...first.calls, ...second.calls]).size, 48);
  assert.equal(read(dir, 'results.jsonl'), reference);
  assert.equal(transcriptIds(dir).length, 48);
  assert.equal(JSON.parse(read(dir, 'manifest.json')).sessions.length, 2);
});

test('a run aborted through its AbortSignal and resumed writes exactly the records of an uninterrupted run', async () => {
  const reference = read(await uninterrupted(), 'results.jsonl');
  const dir = tmp();
  const controller = new AbortController();
  const deps = fakeDependencies();
  const negotiate = deps.negotiate;
  deps.negotiate = async (input) => {
    if (deps.calls.length === 9) controller.abort();
    return negotiate(input);
  };
  const partial = await runExperiment(fakeExperiment(dir), { dependencies: deps, signal: controller.signal, concurrency: 3 });
  assert.equal(partial.complete, false);
  assert.ok(records(dir).length >= 10 && records(dir).length < 48);
  await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies() });
  assert.equal(read(dir, 'results.jsonl'), reference);
});

test('resuming after a crash mid-write cuts the torn last line and the orphan transcript, with warnings, and loses nothing', async () => {
  const reference = read(await uninterrupted(), 'results.jsonl');
  const dir = tmp();
  await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies(), limit: 10 });
  // Crash while writing negotiation 11: its transcript is complete, its record torn.
  const lines = read(dir, 'results.jsonl').split('\n');
  appendFileSync(join(dir, 'transcripts.jsonl'), '{"negotiationId":"fake-3|angry|vanilla|sim-creditor|sim-debtor|s1","chain":0,"position":2,"events":[]}\n');
  appendFileSync(join(dir, 'results.jsonl'), lines[0].slice(0, 40));
  const logger = memoryLogger();
  await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies(), logger });
  assert.ok(logger.warnings.some((w) => /results\.jsonl: removed a torn last line/.test(w)), logger.warnings.join('\n'));
  assert.ok(logger.warnings.some((w) => /dropping 1 transcript/.test(w)), logger.warnings.join('\n'));
  assert.equal(read(dir, 'results.jsonl'), reference);
  const ids = transcriptIds(dir);
  assert.equal(ids.length, 48);
  assert.equal(new Set(ids).size, 48);
});

test('resuming a finished run runs nothing and leaves results.jsonl unchanged', async () => {
  const dir = await uninterrupted();
  const before = read(dir, 'results.jsonl');
  const deps = fakeDependencies();
  const again = await runExperiment(fakeExperiment(dir), { dependencies: deps });
  assert.equal(deps.calls.length, 0);
  assert.equal(again.rows.length, 48);
  assert.equal(read(dir, 'results.jsonl'), before);
});

test('runExperiment refuses a folder that holds a different experiment, naming the differing field', async () => {
  const dir = await uninterrupted();
  await assert.rejects(
    runExperiment(fakeExperiment(dir, { seeds: [1, 3] }), { dependencies: fakeDependencies() }),
    /holds a different experiment \(field experiment\.seeds\.1 is 2 there, 3 here\)/,
  );
});

test('runExperiment refuses a folder with results but no manifest', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'results.jsonl'), '{}\n');
  await assert.rejects(runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies() }), /no manifest\.json/);
});

test('a negotiation that throws stops the run after writing the finished ones; resuming completes it', async () => {
  const reference = read(await uninterrupted(), 'results.jsonl');
  const dir = tmp();
  const deps = fakeDependencies();
  const negotiate = deps.negotiate;
  deps.negotiate = async (input) => {
    if (deps.calls.length === 5) throw new Error('backend went away');
    return negotiate(input);
  };
  await assert.rejects(runExperiment(fakeExperiment(dir), { dependencies: deps, concurrency: 2 }), /backend went away/);
  const manifest = JSON.parse(read(dir, 'manifest.json'));
  assert.equal(manifest.complete, false);
  assert.equal(manifest.completed, records(dir).length);
  await runExperiment(fakeExperiment(dir), { dependencies: fakeDependencies() });
  assert.equal(read(dir, 'results.jsonl'), reference);
});

test('the oracle detector reads the true emotion of each debtor message', async () => {
  const dir = tmp();
  await runExperiment(fakeExperiment(dir, { detector: 'oracle' }), { dependencies: fakeDependencies() });
  const rs = records(dir);
  assert.ok(rs.every((r) => r.detector === 'oracle' && r.detectorFailures === 0));
  assert.ok(rs.every((r) => r.detectionsCorrect === r.detections && r.detections > 0));
  assert.equal(JSON.parse(read(dir, 'manifest.json')).detector.name, 'oracle');
});
