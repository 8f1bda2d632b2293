import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/core/dataPath.ts';
import { memoryLogger } from '../../src/core/logger.ts';
import { sum } from '../../src/core/matrix.ts';
import { PERSONAS } from '../../src/agents/personas.ts';
import { loadSimulationParameters, parseSimulationParameters } from '../../src/sim/simulationParameters.ts';

const raw = () => JSON.parse(readFileSync(dataPath('simulation.json'), 'utf8'));

test('loadSimulationParameters() reads data/simulation.json without warnings, one entry per persona', () => {
  const logger = memoryLogger();
  const s = parseSimulationParameters(raw(), { source: 'simulation.json', logger });
  assert.deepEqual(logger.warnings, []);
  assert.deepEqual(Object.keys(s.personas).sort(), [...PERSONAS].sort());
  for (const row of s.stateEmotion) assert.ok(Math.abs(sum(row) - 1) < 1e-12);
  assert.equal(loadSimulationParameters(), loadSimulationParameters(), 'cached: loaded once per path');
});

test('parseSimulationParameters(raw) names file, field and value of a wrong type', () => {
  const bad = raw();
  bad.personas.threatening.stateTilt[1] = 'three';
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /bad\.json: field personas\.threatening\.stateTilt\.1 = "three"/);
});

test('parseSimulationParameters(raw) rejects a non-positive tilt, naming the value', () => {
  const bad = raw();
  bad.personas.victim.stateTilt[2] = -1;
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /bad\.json: field personas\.victim\.stateTilt\.2 = -1/);
});

test('parseSimulationParameters(raw) rejects a misspelt key (strict schema), naming it', () => {
  const bad = raw();
  bad.personas.vanilla.tilt = [1, 1, 1, 1];
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /bad\.json: field personas\.vanilla\.tilt = \[1,1,1,1\]/);
});

test('parseSimulationParameters(raw) requires every persona', () => {
  const bad = raw();
  delete bad.personas.cheating;
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /bad\.json: field personas\.cheating = undefined/);
});

test('parseSimulationParameters(raw) rejects an offer template an "N days" pattern cannot read', () => {
  const bad = raw();
  bad.words.creditorOffer[2] = 'Our offer is {days}.';
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /bad\.json: field words\.creditorOffer\.2 = "Our offer is \{days\}\.": expected "\{days\} days"/);
});

test('parseSimulationParameters(raw) rejects a digit in a creditor emotion sentence', () => {
  const bad = raw();
  bad.words.creditorEmotion.Anger[0] = 'Pay within 7 days.';
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /field words\.creditorEmotion\.Anger\.0 = "Pay within 7 days\."/);
});

test('parseSimulationParameters(raw) rejects focusMass without a focus emotion', () => {
  const bad = raw();
  bad.personas.vanilla.focusMass = 0.5;
  assert.throws(() => parseSimulationParameters(bad, { source: 'bad.json' }), /field personas\.vanilla\.focusMass = 0\.5/);
});

test('parseSimulationParameters(raw) normalises a state-emotion row and warns naming it', () => {
  const edited = raw();
  edited.stateEmotion.matrix[3] = edited.stateEmotion.matrix[3].map((v: number) => v * 2);
  const logger = memoryLogger();
  const s = parseSimulationParameters(edited, { source: 'x.json', logger });
  assert.match(logger.warnings[0], /x\.json: stateEmotion\.matrix row 3 sums to 2/);
  assert.ok(Math.abs(sum(s.stateEmotion[3]) - 1) < 1e-12);
});
