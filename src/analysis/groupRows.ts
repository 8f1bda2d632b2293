/** One group of rows: the values of the grouping fields and the rows that have them. */
export interface RowGroup<R, K extends keyof R> {
  key: Pick<R, K>;
  rows: R[];
}

/**
 * Split rows into groups by the values of `by`, groups in order of first appearance, rows in
 * input order. An empty `by` gives one group of all rows (none when there are no rows). O(n * |by|).
 * @throws when a row has no value (undefined) for a grouping field, naming the field and the row.
 * @example groupRows([{ p: 'a', x: 1 }, { p: 'b', x: 2 }, { p: 'a', x: 3 }], ['p']).map((g) => g.rows.length) // [2, 1]
 */
export function groupRows<R extends object, K extends keyof R>(rows: readonly R[], by: readonly K[]): RowGroup<R, K>[] {
  const groups = new Map<string, RowGroup<R, K>>();
  rows.forEach((row, i) => {
    const key = {} as Pick<R, K>;
    for (const f of by) {
      if (row[f] === undefined) throw new Error(`groupRows: row ${i} has no field ${String(f)} to group by`);
      key[f] = row[f];
    }
    const id = JSON.stringify(by.map((f) => key[f]));
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, rows: [] }));
    g.rows.push(row);
  });
  return [...groups.values()];
}

/** A stable text id of a group key, used to fork one random stream per group. */
export function groupLabel(key: object): string {
  return JSON.stringify(key);
}

/** The fields of a row type whose values are scalars: what tables can group by. */
export type ScalarField<R> = { [K in keyof R]-?: R[K] extends string | number | boolean | null ? K : never }[keyof R];

/** The values of a group key, as they appear in output rows. */
export type GroupValues = Record<string, string | number | boolean | null>;
