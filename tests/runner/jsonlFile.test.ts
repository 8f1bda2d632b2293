import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../src/core/logger.ts';
import { openJsonlAppender, readJsonlLines, repairJsonlTail, writeFileAtomic } from '../../src/runner/jsonlFile.ts';

const file = (name: string) => join(mkdtempSync(join(tmpdir(), 'eqn-jsonl-')), name);

test('openJsonlAppender(path).append(line) adds whole lines and refuses a line with a newline', () => {
  const path = file('a.jsonl');
  const a = openJsonlAppender(path);
  a.append('{"a":1}');
  a.append('{"b":"é"}');
  assert.throws(() => a.append('{"c":\n1}'), /contains a newline/);
  a.close();
  assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n{"b":"é"}\n');
});

test('readJsonlLines(path) yields complete lines across read chunks and skips a torn tail', () => {
  const path = file('b.jsonl');
  const long = JSON.stringify({ x: 'y'.repeat(3_000_000) });
  writeFileSync(path, `${long}\n{"n":2}\n{"n":`);
  const lines = [...readJsonlLines(path)];
  assert.deepEqual(lines.map((l) => l.number), [1, 2]);
  assert.equal(lines[0].line, long);
  assert.equal(lines[1].line, '{"n":2}');
  assert.deepEqual([...readJsonlLines(file('missing.jsonl'))], []);
});

test('repairJsonlTail(path) cuts bytes after the last newline, with a warning naming the file', () => {
  const path = file('c.jsonl');
  writeFileSync(path, '{"n":1}\n{"n":2');
  const logger = memoryLogger();
  assert.equal(repairJsonlTail(path, { logger }), 6);
  assert.equal(readFileSync(path, 'utf8'), '{"n":1}\n');
  assert.match(logger.warnings[0], /c\.jsonl: removed a torn last line \(6 bytes\)/);
});

test('repairJsonlTail(path) also cuts a final line that is not valid JSON, and leaves a sound file alone', () => {
  const path = file('d.jsonl');
  writeFileSync(path, '{"n":1}\n\u0000\u0000\n');
  const logger = memoryLogger();
  assert.equal(repairJsonlTail(path, { logger }), 3);
  assert.equal(readFileSync(path, 'utf8'), '{"n":1}\n');
  assert.equal(repairJsonlTail(path, { logger }), 0);
  assert.equal(logger.warnings.length, 1);
});

test('writeFileAtomic(path, parts) replaces the file with the concatenated parts', () => {
  const path = file('e.txt');
  writeFileSync(path, 'old');
  writeFileAtomic(path, ['a', 'b\n']);
  assert.equal(readFileSync(path, 'utf8'), 'ab\n');
});
