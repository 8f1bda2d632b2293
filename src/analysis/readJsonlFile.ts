import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { readJsonlLines } from '../runner/jsonlFile.ts';
import { schemaError } from '../core/schemaError.ts';

/**
 * Every line of a JSON Lines file, parsed and validated by `schema`, with its 1-based line number.
 * Nothing is skipped: a blank line, invalid JSON, a schema violation or a torn last line (bytes after
 * the final newline, left by an interrupted write) is an error naming the file, the line and, for a
 * schema violation, the field and its value. Reads in chunks (files may exceed the largest string).
 * @throws `<caller>: <path> line <n>: field <path> = <value>: <reason>` and similar.
 * @example readJsonlFile('run/results.jsonl', recordSchema, { caller: 'loadRun' })[0].value.negotiationId
 */
export function readJsonlFile<S extends z.ZodType>(path: string, schema: S, options: { caller: string }): { value: z.output<S>; line: number }[] {
  const { caller } = options;
  if (!existsSync(path)) throw new Error(`${caller}: ${path} does not exist`);
  const out: { value: z.output<S>; line: number }[] = [];
  let bytes = 0;
  let last = 0;
  for (const { line, number } of readJsonlLines(path)) {
    bytes += Buffer.byteLength(line, 'utf8') + 1;
    last = number;
    if (line.trim() === '') throw new Error(`${caller}: ${path} line ${number} is blank`);
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${caller}: ${path} line ${number} is not valid JSON: ${(err as Error).message}`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${caller}: ${schemaError(`${path} line ${number}`, raw, parsed.error).message}`);
    out.push({ value: parsed.data, line: number });
  }
  const size = statSync(path).size;
  if (size !== bytes) {
    throw new Error(`${caller}: ${path} line ${last + 1} is torn (${size - bytes} bytes without a final newline): the run was interrupted mid-write; resume it with eqn run, which repairs the file`);
  }
  return out;
}
