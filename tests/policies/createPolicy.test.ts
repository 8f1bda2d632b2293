import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryLogger } from '../../src/core/logger.ts';
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { createRng } from '../../src/core/rng.ts';
import { createPolicy, policyFromConfig } from '../../src/policies/createPolicy.ts';
import { parsePolicyConfig, policyConfigSchema } from '../../src/policies/policyConfig.ts';
import { POLICY_NAMES, isPolicyName } from '../../src/policies/policyNames.ts';

const params = loadPaperParameters();

test('POLICY_NAMES lists vanilla, the seven fixed emotions, random, tit-for-tat, payoff, wsls, hmm-only and eq-negotiator', () => {
  assert.equal(POLICY_NAMES.length, 14);
  assert.ok(POLICY_NAMES.includes('fixed:Disgust'));
  assert.ok(isPolicyName('eq-negotiator'));
  assert.ok(!isPolicyName('fixed:anger'));
});

test('createPolicy(name) builds every listed policy under its own name, and each decides', () => {
  for (const name of POLICY_NAMES) {
    for (const hmmMode of ['paper-code', 'principled', '2503'] as const) {
      if (hmmMode !== 'paper-code' && name !== 'eq-negotiator' && name !== 'hmm-only') continue;
      const policy = createPolicy(name, { params, ...(hmmMode === 'paper-code' ? {} : { hmmMode }) });
      assert.equal(policy.name, name);
      policy.reset({ rng: createRng(1) });
      const t = policy.decide('Anger');
      assert.equal(t.policy, name);
      assert.equal(t.turn, 1);
    }
  }
});

test('createPolicy(bad spec) throws naming the spec and listing the valid names', () => {
  assert.throws(() => createPolicy('fixed:joy'), (err: Error) => {
    assert.match(err.message, /createPolicy: spec "fixed:joy" is not a policy name; valid names: vanilla, fixed:Joy, /);
    assert.match(err.message, /eq-negotiator$/);
    return true;
  });
});

test('createPolicy rejects a misspelt option, an invalid value and k > n, naming them', () => {
  assert.throws(() => createPolicy('eq-negotiator', { params, tierule: 'first' } as never), /unknown field tierule; valid fields: name, hmmMode, k, n, tieRule/);
  assert.throws(() => createPolicy('eq-negotiator', { params, hmmMode: 'paper' } as never), /field hmmMode = "paper"/);
  assert.throws(() => createPolicy('eq-negotiator', { params, k: 6 }), /createPolicy\("eq-negotiator"\): k = 6 exceeds n = 5/);
  assert.throws(() => createPolicy('eq-negotiator', { params, k: 0 }), /field k = 0/);
});

test('createPolicy warns through the logger about options the policy ignores', () => {
  const logger = memoryLogger();
  createPolicy('payoff', { params, k: 3, logger });
  createPolicy('eq-negotiator', { params, priorStrength: 5, logger });
  createPolicy('hmm-only', { params, n: 5, logger });
  createPolicy('eq-negotiator', { params, hmmMode: 'principled', priorStrength: 5, k: 3, logger });
  assert.deepEqual(logger.warnings, [
    'createPolicy: option k = 3 is ignored by policy payoff',
    'createPolicy: option priorStrength = 5 is ignored by eq-negotiator in hmmMode paper-code',
    'createPolicy: option n = 5 is ignored by policy hmm-only',
  ]);
});

test("createPolicy('eq-negotiator', {k, n}) uses the configured switch", () => {
  const policy = createPolicy('eq-negotiator', { params, k: 2, n: 3 });
  policy.reset({ rng: createRng(1) });
  const t = ['Anger', 'Anger', 'Joy', 'Joy'].map((d) => policy.decide(d as 'Anger'));
  assert.deepEqual(t.map((x) => x.branch), ['wsls', 'hmm', 'hmm', 'wsls']);
});

test("createPolicy('hmm-only') takes the HMM branch from the first turn in every mode", () => {
  for (const hmmMode of ['paper-code', 'principled'] as const) {
    const policy = createPolicy('hmm-only', { params, hmmMode });
    policy.reset({ rng: createRng(1) });
    assert.ok([null, 'Joy', 'Joy'].map((d) => policy.decide(d as null)).every((t) => t.branch === 'hmm'));
  }
  // 2503: no creditor emotion exists before the first choice, so turn 1 is the payoff rule
  const p2503 = createPolicy('hmm-only', { params, hmmMode: '2503' });
  p2503.reset({ rng: createRng(1) });
  assert.deepEqual([null, 'Joy', 'Joy'].map((d) => p2503.decide(d as null).branch), ['payoff', 'hmm', 'hmm']);
});

test('policyConfigSchema is strict and policyFromConfig builds the configured policy', () => {
  const config = parsePolicyConfig({ name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5, tieRule: 'random' });
  const policy = policyFromConfig(config, { params });
  policy.reset({ rng: createRng(1) });
  assert.equal(policy.decide(null).hmmMode, '2503');
  assert.equal(policyConfigSchema.safeParse({ name: 'wsls', extra: 1 }).success, false);
  assert.throws(() => parsePolicyConfig({ name: 'wlss' }, { source: 'exp.json' }), /exp\.json: field name = "wlss": not a policy name; valid names: /);
});
