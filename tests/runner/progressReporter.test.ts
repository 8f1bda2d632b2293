import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgressReporter, formatDuration, formatProgress } from '../../src/runner/progressReporter.ts';

test('formatProgress(state) gives count, percentage, rate over this session and ETA', () => {
  assert.equal(
    formatProgress({ done: 150, total: 400, sessionDone: 100, elapsedMs: 2000, unit: 'negotiations' }),
    'progress: 150/400 (37.5%), 50.0 negotiations/s, ETA 5s',
  );
  assert.equal(formatProgress({ done: 0, total: 10, sessionDone: 0, elapsedMs: 0, unit: 'n' }), 'progress: 0/10 (0.0%), 0.0 n/s, ETA ?');
  assert.equal(formatProgress({ done: 10, total: 10, sessionDone: 10, elapsedMs: 1000, unit: 'n' }, { barWidth: 4 }), '[####] 10/10 (100.0%), 10.0 n/s, done');
});

test('formatDuration(ms) writes seconds, minutes and hours', () => {
  assert.deepEqual([formatDuration(4_400), formatDuration(185_000), formatDuration(3_720_000)], ['4s', '3m05s', '1h02m']);
});

test('createProgressReporter writes plain lines every interval when the stream is not a terminal', () => {
  const out: string[] = [];
  let t = 0;
  const p = createProgressReporter({ stream: { write: (s: string) => out.push(s) }, now: () => t, intervalMs: 1000 });
  p.start(10, 2);
  for (let i = 0; i < 8; i++) {
    t += 300;
    p.tick();
  }
  p.finish();
  assert.ok(out.every((l) => l.startsWith('progress: ') && l.endsWith('\n') && !l.includes('\r')));
  assert.equal(out[0], 'progress: 2/10 (20.0%), 0.0 negotiations/s, ETA ?\n');
  assert.equal(out.at(-1), 'progress: 10/10 (100.0%), 3.3 negotiations/s, done\n');
  assert.equal(out.length, 3); // start (t=0), t=1200, the final tick (t=2400)
});

test('createProgressReporter redraws one line in place on a terminal and ends it with a newline', () => {
  const out: string[] = [];
  let t = 0;
  const p = createProgressReporter({ stream: { write: (s: string) => out.push(s), isTTY: true, columns: 100 }, now: () => t });
  p.start(3, 0);
  t += 500; p.tick();
  p.finish();
  assert.ok(out.every((l) => l.startsWith('\r\x1b[2K[')));
  assert.ok(out.at(-1)!.endsWith('\n'));
  assert.match(out.at(-1)!, /1\/3 \(33\.3%\), 2\.0 negotiations\/s, ETA 1s/);
});
