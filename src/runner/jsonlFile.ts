import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, ftruncateSync, writeSync, fstatSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../core/logger.ts';

/**
 * Crash-safe JSON Lines files: lines are written with one append and an fsync, so a crash
 * leaves at most one torn line at the end, which {@link repairJsonlTail} removes on the next start.
 * Synchronous on purpose: lines go out whole before any other negotiation can write.
 */
export interface JsonlAppender {
  readonly path: string;
  /** Append lines (a newline is added to each) with one write and one fsync. */
  append(...lines: string[]): void;
  close(): void;
}

/** Open `path` for appending (created if missing). */
export function openJsonlAppender(path: string): JsonlAppender {
  const fd = openSync(path, 'a');
  let open = true;
  return {
    path,
    append(...lines: string[]): void {
      if (!open) throw new Error(`JsonlAppender.append: ${path} is closed`);
      if (lines.some((l) => l.includes('\n'))) throw new Error(`JsonlAppender.append: a line for ${path} contains a newline`);
      if (lines.length === 0) return;
      writeAll(fd, Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
      fsyncSync(fd);
    },
    close(): void {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

function writeAll(fd: number, buffer: Buffer): void {
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

/**
 * Each complete line of a file, in order, read in chunks (files may exceed the largest string).
 * Bytes after the last newline (a torn line) are not yielded.
 */
export function* readJsonlLines(path: string): Generator<{ line: string; number: number }> {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    let number = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let i = data.indexOf(10, start); i !== -1; i = data.indexOf(10, start)) {
        number++;
        yield { line: data.toString('utf8', start, i), number };
        start = i + 1;
      }
      carry = Buffer.from(data.subarray(start)); // a copy: chunk is reused
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Cut a torn last line (bytes after the final newline, or a final line that is not valid JSON)
 * left by a crash mid-write, with a warning. Returns the number of bytes removed. Lines before the
 * last are not checked here (readers parse them and report corruption with the line number).
 */
export function repairJsonlTail(path: string, options: { logger: Logger }): number {
  if (!existsSync(path)) return 0;
  let end = 0;
  let lastStart = 0;
  let last: string | undefined;
  for (const { line } of readJsonlLines(path)) {
    lastStart = end;
    end += Buffer.byteLength(line, 'utf8') + 1;
    last = line;
  }
  const goodEnd = last !== undefined && !isJson(last) ? lastStart : end;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === goodEnd) return 0;
    ftruncateSync(fd, goodEnd);
    fsyncSync(fd);
    options.logger.warn(`${path}: removed a torn last line (${size - goodEnd} bytes) left by an interrupted run`);
    return size - goodEnd;
  } finally {
    closeSync(fd);
  }
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Write `text` to `path` atomically: a temporary file, fsync, rename, fsync of the folder. */
export function writeFileAtomic(path: string, text: string | Iterable<string>): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const part of typeof text === 'string' ? [text] : text) writeAll(fd, Buffer.from(part, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
