import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSummaryTable, formatTable } from '../../src/runner/formatSummaryTable.ts';
import { summarizeRecords } from '../../src/runner/summarizeRecords.ts';

const row = (persona: string, policy: string, finalDays: number | null, target: number, messages: number) => ({
  persona, policy, messages,
  success: finalDays !== null,
  debtCollectionMultiple: finalDays === null ? null : finalDays / target,
  collectionRate: finalDays === null ? 0 : Math.min(1, target / finalDays),
});

const rows = [
  row('angry', 'vanilla', 20, 10, 8),
  row('angry', 'vanilla', null, 10, 30),
  row('angry', 'eq', 30, 10, 6),
  row('sad', 'vanilla', 10, 10, 4),
];

test('summarizeRecords(rows, { by }) gives success rate, mean multiple over successes, collection rate and messages per group', () => {
  const s = summarizeRecords(rows, { by: ['persona', 'policy'] });
  assert.deepEqual(s.map((r) => r.group), [{ persona: 'angry', policy: 'vanilla' }, { persona: 'angry', policy: 'eq' }, { persona: 'sad', policy: 'vanilla' }]);
  assert.deepEqual(s[0], {
    group: { persona: 'angry', policy: 'vanilla' },
    negotiations: 2, successes: 1, successRate: 0.5,
    meanDebtCollectionMultiple: 2, meanCollectionRate: 0.25, meanMessages: 19,
  });
  assert.equal(s[1].meanDebtCollectionMultiple, 3);
});

test('summarizeRecords(rows, { by }) reports a null multiple for a group without successes', () => {
  const [s] = summarizeRecords([row('a', 'p', null, 10, 30)], { by: ['policy'] });
  assert.equal(s.successRate, 0);
  assert.equal(s.meanDebtCollectionMultiple, null);
});

test('summarizeRecords(rows, { by }) names a missing group field', () => {
  assert.throws(() => summarizeRecords(rows, { by: ['seed'] }), /no field seed/);
});

test('formatTable(rows, columns) pads columns to the widest cell and right-aligns numbers', () => {
  const text = formatTable([{ a: 'x', b: 1.5 }, { a: 'long', b: 10 }], [
    { header: 'name', value: (r) => r.a },
    { header: 'n', value: (r) => String(r.b), align: 'right' },
  ]);
  assert.equal(text, 'name    n\n----  ---\nx     1.5\nlong   10');
});

test('formatSummaryTable(rows) says "messages" in its header and prints - for a missing multiple', () => {
  const text = formatSummaryTable(summarizeRecords([...rows, row('sad', 'eq', null, 10, 30)], { by: ['persona', 'policy'] }));
  const [header, , ...lines] = text.split('\n');
  assert.match(header, /^persona\s+policy\s+negotiations\s+success rate\s+debt-collection multiple\s+collection rate\s+messages$/);
  assert.equal(lines.length, 4);
  assert.match(lines[3], /^sad\s+eq\s+1\s+0\.000\s+-\s+0\.000\s+30\.0$/);
});
