import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReportArgs, run, summary } from '../../src/cli/commands/report.ts';
import { FIXTURE_RUN } from './fixtureRun.ts';

test('parseReportArgs(argv) reads the folder and options, naming a bad flag value', () => {
  assert.deepEqual(parseReportArgs(['runs/a']), { help: false, runDir: 'runs/a', static: true });
  assert.deepEqual(parseReportArgs(['runs/a', '--out', 'o', '--no-static', '--formats', 'svg,pdf', '--max-transcripts', '10', '--resamples', '500']), {
    help: false, runDir: 'runs/a', out: 'o', static: false, formats: ['svg', 'pdf'], maxTranscripts: 10, resamples: 500,
  });
  assert.deepEqual(parseReportArgs(['-h']), { help: true });
  assert.throws(() => parseReportArgs([]), /expected one results folder, got none/);
  assert.throws(() => parseReportArgs(['a', '--formats', 'svg,gif']), /--formats = "svg,gif"/);
  assert.throws(() => parseReportArgs(['a', '--resamples', '0']), /--resamples = "0", expected an integer >= 1/);
  assert.throws(() => parseReportArgs(['a', '--colour']), /colour/);
  assert.match(summary, /HTML report/);
});

test('eqn report <run> --no-static writes the page and exits 0; bad arguments exit 2', async () => {
  const out = mkdtempSync(join(tmpdir(), 'eqn-report-cli-'));
  const write = process.stdout.write;
  const errWrite = process.stderr.write;
  const printed: string[] = [];
  process.stdout.write = ((s: string) => (printed.push(s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (printed.push(s), true)) as typeof process.stderr.write;
  try {
    assert.equal(await run([FIXTURE_RUN, '--out', out, '--no-static', '--resamples', '50']), 0);
    assert.ok(existsSync(join(out, 'index.html')));
    assert.ok(printed.some((s) => s.includes(`report: ${join(out, 'index.html')}`)));
    assert.equal(await run(['--bogus']), 2);
  } finally {
    process.stdout.write = write;
    process.stderr.write = errWrite;
    rmSync(out, { recursive: true, force: true });
  }
});
