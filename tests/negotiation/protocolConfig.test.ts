import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { DEFAULT_PROTOCOL_CONFIG, parseProtocolConfig } from '../../src/negotiation/protocolConfig.ts';

test('DEFAULT_PROTOCOL_CONFIG uses the paper\'s 30 messages and 5-day gap (data/paper-parameters.json) and the mean rule', () => {
  const p = loadPaperParameters();
  assert.equal(DEFAULT_PROTOCOL_CONFIG.maxMessages, p.defaults.maxMessages);
  assert.equal(DEFAULT_PROTOCOL_CONFIG.agreementGapDays, p.defaults.agreementGapDays);
  assert.deepEqual(DEFAULT_PROTOCOL_CONFIG, { maxMessages: 30, agreementGapDays: 5, finalDaysRule: 'mean', useJudgeDays: true });
});

test('parseProtocolConfig(raw) fills defaults and names a misspelt key or a bad value', () => {
  assert.equal(parseProtocolConfig({ maxMessages: 10 }).agreementGapDays, 5);
  assert.throws(() => parseProtocolConfig({ maxMesages: 10 }), /parseProtocolConfig: field maxMesages = 10: Unrecognized key/);
  assert.throws(() => parseProtocolConfig({ maxMessages: 1 }), /field maxMessages = 1: Too small/);
  assert.throws(() => parseProtocolConfig({ finalDaysRule: 'median' }), /field finalDaysRule = "median"/);
  assert.throws(() => parseProtocolConfig({ agreementGapDays: -1 }), /field agreementGapDays = -1/);
});
