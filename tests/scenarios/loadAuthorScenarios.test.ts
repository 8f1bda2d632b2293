import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadAuthorScenarios, parseAuthorScenarios } from '../../src/scenarios/loadAuthorScenarios.ts';
import { loadScenarios } from '../../src/scenarios/loadScenarios.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/negotiation/scenarios/${name}`, import.meta.url));

test('loadAuthorScenarios() reads the 200 jittered configs with seller = creditor and buyer = debtor', () => {
  const s = loadAuthorScenarios();
  assert.equal(s.length, 200);
  // debt_0_0 in data/authors/debt_collection_scenarios.json: seller.target_price "11", buyer.target_price "178".
  assert.deepEqual(
    { id: s[0].id, c: s[0].creditorTargetDays, d: s[0].debtorTargetDays, overdue: s[0].daysOverdue, balance: s[0].outstandingBalance, source: s[0].source },
    { id: 'debt_0_0', c: 11, d: 178, overdue: 133, balance: 15700, source: 'authors-200' },
  );
  assert.equal(s[199].id, 'debt_99_1');
  assert.deepEqual([Math.min(...s.map((x) => x.creditorTargetDays)), Math.max(...s.map((x) => x.creditorTargetDays))], [4, 23]);
  assert.deepEqual([Math.min(...s.map((x) => x.debtorTargetDays)), Math.max(...s.map((x) => x.debtorTargetDays))], [29, 206]);
});

test('loadAuthorScenarios({ path }) ignores fields it does not use (emotions, names)', () => {
  const s = loadAuthorScenarios({ path: fixture('authors-good.json'), maxDays: () => 60 });
  assert.deepEqual(s.map((x) => [x.id, x.creditorTargetDays, x.debtorTargetDays, x.creditorMaxDays]), [['debt_0_0', 11, 178, 60], ['debt_0_1', 10, 181, 60]]);
});

test('loadAuthorScenarios({ path }) names the file, row, id, field and value of a bad target', () => {
  const path = fixture('authors-bad-target.json');
  assert.throws(() => loadAuthorScenarios({ path }), (err: Error) => {
    assert.equal(err.message, `${path}: row 1 (debt_0_1): field seller.target_price = "eleven": expected a whole number of days as a string`);
    return true;
  });
});

test('loadAuthorScenarios({ path }) rejects a duplicate id and a file that is not an array', () => {
  assert.throws(() => loadAuthorScenarios({ path: fixture('authors-duplicate-id.json') }), /row 1 \(debt_0_0\): field id = "debt_0_0": duplicate id/);
  assert.throws(() => loadAuthorScenarios({ path: fixture('crad-good.csv') }), /loadAuthorScenarios: cannot read .*crad-good\.csv/);
  assert.throws(() => parseAuthorScenarios({ id: 'x' }, { source: 'cfg.json' }), /cfg\.json: expected a JSON array of scenarios, got object/);
});

test('loadScenarios(name) dispatches to the shipped sets and names an unknown one', () => {
  assert.equal(loadScenarios('crad').length, 100);
  assert.equal(loadScenarios('authors-200').length, 200);
  assert.throws(() => loadScenarios('crad-200'), /loadScenarios: unknown scenario set "crad-200"; expected one of crad, authors-200/);
});
