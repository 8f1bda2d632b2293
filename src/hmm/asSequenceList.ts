import type { Sequence } from './types.ts';

/**
 * Accept one sequence or a list of sequences: a list whose first element is a number is one
 * sequence. Returns a list.
 * @throws when the input is not array-like.
 * @example asSequenceList([0, 1, 2]) // [[0, 1, 2]]
 */
export function asSequenceList(x: Sequence | readonly Sequence[], fn = 'asSequenceList'): readonly Sequence[] {
  if (x === null || typeof x !== 'object' || typeof (x as ArrayLike<unknown>).length !== 'number') {
    throw new Error(`${fn}: sequences is ${JSON.stringify(x)}, expected a sequence or an array of sequences`);
  }
  const first = (x as ArrayLike<unknown>)[0];
  return typeof first === 'number' ? [x as Sequence] : (x as readonly Sequence[]);
}
