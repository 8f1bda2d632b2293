import type { z } from 'zod';

/**
 * Turn a zod validation failure into an Error naming the file, the field path and the offending
 * value (STYLE.md practice 6). An unknown key is preferred over other issues, because a misspelt
 * option usually also causes a "missing field" issue that would hide the real mistake.
 * @example schemaError('smoke.json', { seedz: [1] }, error).message
 * // 'smoke.json: field seedz = [1]: unknown key'
 */
export function schemaError(source: string, raw: unknown, error: z.ZodError): Error {
  const issues = error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0]];
    return new Error(`${source}: field ${fieldName(path)} = ${show(valueAt(raw, path))}: unknown key`);
  }
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return new Error(`${source}: field ${fieldName(issue.path)} = ${show(valueAt(raw, issue.path))}: ${issue.message}${more}`);
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) v = (v as Record<PropertyKey, unknown> | null | undefined)?.[k];
  return v;
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
