import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ablationRows } from '../../src/report/ablationRows.ts';

const POLICIES = [
  { label: 'vanilla', config: { name: 'vanilla' } },
  { label: 'eq-negotiator/paper-code', config: { name: 'eq-negotiator', hmmMode: 'paper-code' } },
  { label: 'eq-negotiator', config: { name: 'eq-negotiator' } },
  { label: 'eq-negotiator/2503', config: { name: 'eq-negotiator', hmmMode: '2503' } },
  { label: 'eq-negotiator/principled/3-of-5', config: { name: 'eq-negotiator', hmmMode: 'principled', k: 3, n: 5 } },
  { label: 'eq-negotiator/principled/ties-random', config: { name: 'eq-negotiator', hmmMode: 'principled', tieRule: 'random' } },
  { label: 'hmm-only/principled', config: { name: 'hmm-only', hmmMode: 'principled' } },
];

test('ablationRows(summary, policies, defaults) makes mode, k and n explicit with createPolicy defaults', () => {
  const summary = POLICIES.map((p, i) => ({ policy: p.label, negotiations: 10, successRate: i / 10 }));
  const rows = ablationRows(summary, POLICIES, { k: 4, n: 5 });
  assert.deepEqual(rows.map((r) => [r.policy, r.hmmMode, r.k, r.n]), [
    ['eq-negotiator/paper-code', 'paper-code', 4, 5],
    ['eq-negotiator', 'paper-code', 4, 5],
    ['eq-negotiator/2503', '2503', 3, 5],
    ['eq-negotiator/principled/3-of-5', 'principled', 3, 5],
  ]);
  assert.equal(rows[2].successRate, 0.3, 'the summary fields are kept');
});
