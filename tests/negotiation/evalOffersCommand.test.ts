import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { run, summary } from '../../src/cli/commands/evalOffers.ts';

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await run(argv);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

test('eqn eval-offers --file path prints the per-turn and final-days tables for that file', async () => {
  const file = fileURLToPath(new URL('../fixtures/negotiation/dialogues-small.jsonl', import.meta.url));
  const { code, out } = await capture(['--file', file, '--show', '1']);
  assert.equal(code, 0);
  assert.match(out, /Offer extraction vs the offers recorded in 2 dialogues/);
  assert.match(out, /\n\s+all\s+7\s+5\s+60\.0%\s+60\.0%\s+1\s+2\s+1\n/);
  assert.match(out, /\n\s+all\s+mean\s+1\s+0\s+1\s+0\n/);
  assert.match(out, /First 1 disagreements/);
  assert.ok(summary.length > 0);
});

test('eqn eval-offers --json prints the report as JSON', async () => {
  const file = fileURLToPath(new URL('../fixtures/negotiation/dialogues-small.jsonl', import.meta.url));
  const { code, out } = await capture(['--file', file, '--json']);
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).turns.exact, 3);
});

test('eqn eval-offers rejects an unknown option or a bad --show with exit code 2', async () => {
  assert.equal((await capture(['--bogus'])).code, 2);
  const bad = await capture(['--show=x']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--show "x" is not a non-negative integer/);
});
