import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRun } from '../../src/analysis/loadRun.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { editedFixture, FIXTURE_RUN, PAPER_CODE, PRINCIPLED, VANILLA } from './helpers.ts';

const run = loadRun(FIXTURE_RUN);
const row = (policy: string, scenario: string) => run.negotiations.find((r) => r.policy === policy && r.scenarioId === scenario)!;

test('loadRun(dir) reads the fixture: 6 negotiations, one turn row per decision, one detection row per detection', () => {
  assert.equal(run.negotiations.length, 6);
  assert.equal(run.records.length, 6);
  assert.equal(run.transcripts.size, 6);
  // Debtor messages per negotiation, as scripted: vanilla 3 + 4, paper-code 2 + 3, principled 2 + 4.
  assert.equal(run.turns.length, 18);
  assert.equal(run.detections.length, 18);
  assert.deepEqual(run.orphanTranscripts, []);
  assert.deepEqual(run.negotiations.map((r) => [r.chain, r.position]), [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]]);
});

test('loadRun(dir) gives the hand-written outcomes: days, multiple = days / target, rate = min(1, target / days), messages', () => {
  // Targets: s1 10 days, s2 20 days.
  const expect: [string, string, boolean, number | null, number | null, number, number][] = [
    [VANILLA, 's1', true, 20, 2, 0.5, 6],
    [VANILLA, 's2', false, null, null, 0, 8],
    [PAPER_CODE, 's1', true, 15, 1.5, 10 / 15, 4],
    [PAPER_CODE, 's2', true, 20, 1, 1, 6],
    [PRINCIPLED, 's1', true, 10, 1, 1, 4],
    [PRINCIPLED, 's2', true, 30, 1.5, 20 / 30, 8],
  ];
  for (const [policy, scenario, success, days, multiple, rate, messages] of expect) {
    const r = row(policy, scenario);
    assert.equal(r.success, success, `${policy} ${scenario}`);
    assert.equal(r.collectionDays, days);
    assert.equal(r.finalDays, days);
    assert.equal(r.debtCollectionMultiple, multiple);
    assert.ok(Math.abs(r.collectionRate - rate) < 1e-12);
    assert.equal(r.messages, messages);
  }
  assert.equal(row(VANILLA, 's2').detectorFailures, 1);
  assert.equal(row(VANILLA, 's2').manipulations, 1);
  assert.equal(row(PRINCIPLED, 's2').hmmDecisions, 2);
  assert.equal(row(PRINCIPLED, 's2').decisions, 4);
});

test('loadRun(dir) aligns each decision with the debtor message before it: truths of that message, none on the opening turn', () => {
  for (const t of run.turns) {
    const events = run.transcripts.get(t.negotiationId)!;
    if (t.turn === 1) {
      assert.equal(t.observed, false);
      assert.equal(t.trueDebtorState, null);
      assert.equal(t.debtorIndex, null);
      continue;
    }
    assert.equal(t.debtorIndex, t.index - 1);
    const m = events.find((e) => e.type === 'message' && e.role === 'debtor' && e.index === t.index - 1);
    assert.ok(m?.type === 'message');
    assert.equal(t.trueDebtorState, m.trueState);
    assert.equal(t.trueDebtorEmotion, m.trueEmotion);
    assert.equal(t.debtorOffer, m.offerDays);
  }
  // Scripted: principled s2, debtor messages Anger/Confrontational, Disgust/Strategic (detected Anger), ...
  const p = run.turns.filter((t) => t.policy === PRINCIPLED && t.scenarioId === 's2');
  assert.deepEqual(p.map((t) => t.trueDebtorState), [null, 'Confrontational', 'Strategic', 'Confrontational']);
  assert.deepEqual(p.map((t) => t.detected), ['Neutral', 'Anger', 'Anger', 'Anger']);
  assert.deepEqual(p.map((t) => t.replyTrueEmotion), ['Anger', 'Disgust', 'Anger', 'Sadness']);
  assert.deepEqual(p.map((t) => t.creditorOffer), [20, 24, 27, 29]);
});

test('loadRun(dir) smooths HMM policies with the model they played with: the forward filter reproduces the logged beliefs', () => {
  const logger = memoryLogger();
  const r = loadRun(FIXTURE_RUN, { logger });
  assert.deepEqual(logger.warnings, []);
  const hmm = r.turns.filter((t) => t.hmmMode !== null && t.observed);
  assert.ok(hmm.length > 0 && hmm.every((t) => t.smoothed?.length === 4 && Math.abs(t.smoothed.reduce((a, b) => a + b, 0) - 1) < 1e-12));
  assert.ok(r.turns.filter((t) => t.hmmMode === null).every((t) => t.smoothed === null));
  assert.ok(loadRun(FIXTURE_RUN, { smoothing: 'none' }).turns.every((t) => t.smoothed === null));
});

test("loadRun(dir, { smoothing: 'prior' }) warns nothing and differs from 'played' once the principled chain has learned", () => {
  const prior = loadRun(FIXTURE_RUN, { smoothing: 'prior' });
  const pick = (r: typeof run) => r.turns.filter((t) => t.policy === PRINCIPLED && t.scenarioId === 's2' && t.observed).map((t) => t.smoothed!);
  const a = pick(run);
  const b = pick(prior);
  assert.ok(a.some((p, i) => p.some((v, s) => Math.abs(v - b[i][s]) > 1e-6)));
  // Position 0 plays with the initial parameters: both options agree there.
  const first = (r: typeof run) => r.turns.filter((t) => t.policy === PRINCIPLED && t.scenarioId === 's1' && t.observed).map((t) => t.smoothed!);
  assert.deepEqual(first(run), first(prior));
});

test('loadRun(dir) names file, line and field of a line that breaks the record schema', () => {
  const dir = editedFixture('results.jsonl', (lines) => lines.map((l, i) => (i === 2 ? l.replace('"messages":4', '"messages":"4"') : l)));
  assert.throws(() => loadRun(dir), /loadRun: .*results\.jsonl line 3: field messages = "4": /);
});

test('loadRun(dir) rejects an unknown key in a transcript event, naming the field path', () => {
  const dir = editedFixture('transcripts.jsonl', (lines) => lines.map((l, i) => (i === 0 ? l.replace('"type":"decision","index":0', '"type":"decision","idx":7,"index":0') : l)));
  assert.throws(() => loadRun(dir), /transcripts\.jsonl line 1: field events\.1\.idx = 7: unknown key/);
});

test('loadRun(dir) rejects invalid JSON, a blank line and a torn last line, naming the line', () => {
  assert.throws(() => loadRun(editedFixture('results.jsonl', (l) => [l[0], '{"format":1,', ...l.slice(2)])), /results\.jsonl line 2 is not valid JSON/);
  assert.throws(() => loadRun(editedFixture('results.jsonl', (l) => [l[0], '', ...l.slice(1)])), /results\.jsonl line 2 is blank/);
  assert.throws(
    () => loadRun(editedFixture('results.jsonl', (l) => `${l.map((x) => `${x}\n`).join('')}{"format":1,"negoti`)),
    /results\.jsonl line 7 is torn \(19 bytes without a final newline\)/,
  );
});

test('loadRun(dir) rejects a record that disagrees with its transcript, naming the field and both lines', () => {
  const dir = editedFixture('results.jsonl', (lines) => lines.map((l, i) => (i === 0 ? l.replace('"collectionRate":0.5', '"collectionRate":0.6') : l)));
  assert.throws(() => loadRun(dir), /results\.jsonl line 1: field collectionRate = 0\.6 but .*transcripts\.jsonl line 1 gives 0\.5/);
});

test('loadRun(dir) rejects a record without transcript, a repeated record and a gap in a chain', () => {
  assert.throws(() => loadRun(editedFixture('transcripts.jsonl', (l) => l.slice(1))), /results\.jsonl line 1: field negotiationId = "s1\|angry\|vanilla.*": no transcript/);
  assert.throws(() => loadRun(editedFixture('results.jsonl', (l) => [...l, l[0]])), /results\.jsonl line 7: field negotiationId = .*: repeats line 1/);
  assert.throws(() => loadRun(editedFixture('results.jsonl', (l) => [l[1], ...l.slice(2)])), /field position = 1: chain 0 .* has no negotiation at position 0/);
});

test('loadRun(dir) reports transcripts without a record through the logger and in orphanTranscripts', () => {
  const dir = editedFixture('results.jsonl', (l) => l.slice(0, 5));
  const logger = memoryLogger();
  const r = loadRun(dir, { logger });
  assert.equal(r.negotiations.length, 5);
  assert.deepEqual(r.orphanTranscripts, [`s2|angry|${PRINCIPLED}|sim-creditor|sim-debtor|s1`]);
  assert.match(logger.warnings[0], /1 transcript\(s\) without a record/);
});

test('loadRun(dir) rejects a policy label the manifest does not define, and a folder without manifest', () => {
  const dir = editedFixture('manifest.json', (lines) => lines.join('\n').replace('"label": "vanilla"', '"label": "vanila"'));
  assert.throws(() => loadRun(dir), /field policy = "vanilla": not a policy label of .*manifest\.json/);
  assert.throws(() => loadRun('/nonexistent-eqn-run'), /loadRun: \/nonexistent-eqn-run\/manifest\.json does not exist/);
});

test('loadRun(dir) warns when the smoothing model cannot reproduce the logged beliefs (e.g. a tampered trace)', () => {
  const dir = editedFixture('transcripts.jsonl', (lines) => lines.map((l) => l.replace('"belief":[0.4,0.2,0.2,0.2]', '"belief":[0.1,0.2,0.3,0.4]')));
  const logger = memoryLogger();
  loadRun(dir, { logger });
  assert.match(logger.warnings.join('\n'), /forward filter differs from the policy's logged beliefs/);
});
