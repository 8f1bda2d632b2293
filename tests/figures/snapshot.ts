import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/**
 * Compare a figure spec (any JSON value) with `tests/figures/__snapshots__/<name>.json`.
 * UPDATE_SNAPSHOTS=1 writes the file instead; a missing snapshot fails (run once with
 * UPDATE_SNAPSHOTS=1 and review the new file), so a test never passes by creating its own answer.
 */
export function assertMatchesSnapshot(name: string, value: unknown): void {
  const path = join(DIR, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, text);
    return;
  }
  assert.ok(existsSync(path), `snapshot ${path} is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
  assert.deepEqual(JSON.parse(text), JSON.parse(readFileSync(path, 'utf8')), `figure spec differs from snapshot ${name}.json (UPDATE_SNAPSHOTS=1 to accept the change)`);
}
