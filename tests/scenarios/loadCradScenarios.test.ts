import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { memoryLogger } from '../../src/core/logger.ts';
import { DEFAULT_CREDITOR_MAX_DAYS } from '../../src/scenarios/defaultCreditorMaxDays.ts';
import { loadAuthorScenarios } from '../../src/scenarios/loadAuthorScenarios.ts';
import { loadCradScenarios } from '../../src/scenarios/loadCradScenarios.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/negotiation/scenarios/${name}`, import.meta.url));

test('loadCradScenarios() reads the 100 CRAD rows with the ranges METHOD.md section 6 states', () => {
  const s = loadCradScenarios();
  assert.equal(s.length, 100);
  assert.equal(s[0].id, 'crad-001');
  assert.equal(s[99].id, 'crad-100');
  assert.equal(new Set(s.map((x) => x.id)).size, 100);
  assert.deepEqual([Math.min(...s.map((x) => x.creditorTargetDays)), Math.max(...s.map((x) => x.creditorTargetDays))], [5, 20]);
  assert.deepEqual([Math.min(...s.map((x) => x.debtorTargetDays)), Math.max(...s.map((x) => x.debtorTargetDays))], [32, 179]);
  assert.ok(s.every((x) => x.outstandingBalance === 15700 && x.source === 'crad'));
  assert.ok(s.every((x) => x.creditorMaxDays === DEFAULT_CREDITOR_MAX_DAYS));
});

test('loadCradScenarios() first row matches the CSV (Hughes, Ortiz and Hudson: 12 / 159 days, 133 overdue)', () => {
  const [first] = loadCradScenarios();
  assert.equal(first.creditorTargetDays, 12);
  assert.equal(first.debtorTargetDays, 159);
  assert.equal(first.daysOverdue, 133);
  assert.match(first.description, /^Debt Collection Scenario:\n- Credit Type: Working Capital Loan\n- Original Amount: \$32,947\.55\n/);
});

test('loadCradScenarios() renders every description exactly as the authors\' configs do (100 of 100 rows)', () => {
  const crad = loadCradScenarios();
  const authors = loadAuthorScenarios();
  crad.forEach((s, i) => assert.equal(s.description, authors[2 * i].description, `row ${i + 1}`));
});

test('loadCradScenarios({ maxDays }) sets the walk-away limit by rule and rejects a limit below the target', () => {
  const s = loadCradScenarios({ maxDays: (d) => 4 * d.creditorTargetDays });
  assert.ok(s.every((x) => x.creditorMaxDays === 4 * x.creditorTargetDays));
  assert.throws(() => loadCradScenarios({ maxDays: () => 6 }), /row 1: field creditorMaxDays = 6: creditorMaxDays must be >= creditorTargetDays/);
});

test('loadCradScenarios({ path }) parses quoted names with commas, doubled quotes and line breaks', () => {
  const s = loadCradScenarios({ path: fixture('crad-good.csv') });
  assert.deepEqual(s.map((x) => [x.id, x.creditorTargetDays, x.debtorTargetDays, x.daysOverdue]), [
    ['crad-001', 12, 159, 133], ['crad-002', 14, 71, 154], ['crad-003', 5, 32, 40],
  ]);
});

test('loadCradScenarios({ path }) names the file, row, field and value of a bad number', () => {
  const path = fixture('crad-bad-number.csv');
  assert.throws(() => loadCradScenarios({ path }), (err: Error) => {
    assert.equal(err.message, `${path}: row 2: field "Creditor Target Days" = "twelve": not a number`);
    return true;
  });
});

test('loadCradScenarios({ path }) rejects a missing column, a short row and a zero target', () => {
  assert.throws(() => loadCradScenarios({ path: fixture('crad-missing-column.csv') }), /crad-missing-column\.csv: header has no column "Debtor Target Days"/);
  assert.throws(() => loadCradScenarios({ path: fixture('crad-short-row.csv') }), /crad-short-row\.csv: row 2: has 7 fields, the header has 8/);
  assert.throws(() => loadCradScenarios({ path: fixture('crad-zero-target.csv') }), /crad-zero-target\.csv: row 2: field creditorTargetDays = 0: Too small/);
  assert.throws(() => loadCradScenarios({ path: fixture('nope.csv') }), /loadCradScenarios: cannot read .*nope\.csv/);
});

test('loadCradScenarios({ logger }) warns when the creditor\'s target is not below the debtor\'s', () => {
  const logger = memoryLogger();
  loadCradScenarios({ path: fixture('crad-creditor-above-debtor.csv'), logger });
  assert.equal(logger.warnings.length, 1);
  assert.match(logger.warnings[0], /row 1: creditorTargetDays 40 >= debtorTargetDays 30/);
});
