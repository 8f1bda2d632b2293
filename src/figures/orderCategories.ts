/**
 * The distinct values of a field in first-appearance order, or in `order` when given (values
 * missing from `order` follow it, in appearance order), so a figure's categories match the
 * experiment's order rather than the alphabet.
 * @example orderCategories(['b', 'a', 'b', 'c'], { order: ['c'] }) // ['c', 'b', 'a']
 */
export function orderCategories(values: Iterable<string>, options: { order?: readonly string[] } = {}): string[] {
  const seen = new Set<string>();
  for (const v of values) seen.add(v);
  const first = (options.order ?? []).filter((v) => seen.has(v));
  const firstSet = new Set(first);
  return [...first, ...[...seen].filter((v) => !firstSet.has(v))];
}
