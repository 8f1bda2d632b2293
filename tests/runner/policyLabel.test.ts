import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyLabel, policyLabel } from '../../src/runner/policyLabel.ts';

test('policyLabel(config) writes name[/hmmMode][/k-of-n][/ties-rule]', () => {
  assert.equal(policyLabel({ name: 'vanilla' }), 'vanilla');
  assert.equal(policyLabel({ name: 'eq-negotiator', hmmMode: 'paper-code' }), 'eq-negotiator/paper-code');
  assert.equal(policyLabel({ name: 'eq-negotiator', hmmMode: '2503', k: 3, n: 5, tieRule: 'random' }), 'eq-negotiator/2503/3-of-5/ties-random');
});

test('parsePolicyLabel(label) inverts policyLabel', () => {
  for (const config of [
    { name: 'fixed:Anger' },
    { name: 'hmm-only', hmmMode: 'principled' as const },
    { name: 'eq-negotiator', hmmMode: '2503' as const, k: 3, n: 5, tieRule: 'first' as const },
  ]) assert.deepEqual(parsePolicyLabel(policyLabel(config)), config);
});

test('parsePolicyLabel(label) names the part it does not understand', () => {
  assert.throws(() => parsePolicyLabel('eq-negotiator/papercode'), /"papercode" in "eq-negotiator\/papercode" is not an HMM mode/);
  assert.throws(() => parsePolicyLabel('/paper-code'), /empty policy name/);
});
