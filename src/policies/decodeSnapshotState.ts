import { z } from 'zod';

/** zod schema of a finite r x c matrix. */
export function matrixSchema(rows: number, cols: number) {
  return z.array(z.array(z.number().finite()).length(cols)).length(rows);
}

/**
 * Parse a snapshot's `state` with a zod schema. (Three positional parameters, an exception to the
 * kit's two: src/analysis already calls it in this form.)
 * @throws `<caller>: snapshot field <path> = <value>: <reason>` on the first issue.
 */
export function decodeSnapshotState<T>(caller: string, schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.join('.');
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], raw);
  throw new Error(`${caller}: snapshot field state${path ? `.${path}` : ''} = ${JSON.stringify(value)}: ${issue.message}`);
}
