import { createRequire } from 'node:module';
import type * as dfd from 'danfojs';

// danfojs (and TensorFlow.js under it) loads on first use, not when the analysis layer is imported:
// only notebooks need data frames. require() resolves the same file as `import 'danfojs'` in node and Deno.
let danfo: typeof dfd | undefined;
const loadDanfo = (): typeof dfd => (danfo ??= createRequire(import.meta.url)('danfojs') as typeof dfd);

/**
 * A danfojs DataFrame of plain row objects, for notebooks (a thin facade: every statistic is
 * computed by the pure functions over rows). Columns follow the first row's keys plus any new
 * keys of later rows. Arrays: with `arrays: 'expand'` (default) a numeric vector field `belief`
 * becomes columns `belief_0`, `belief_1`, ... (null where a row has none); nested arrays
 * (confusion matrices) and objects become JSON text. With 'json' every array is JSON text.
 * @throws when rows is empty (a DataFrame needs columns).
 * @example toDataFrame(run.negotiations).shape // [36, 34]
 */
export function toDataFrame(rows: readonly object[], options: { arrays?: 'expand' | 'json' } = {}): dfd.DataFrame {
  if (rows.length === 0) throw new Error('toDataFrame: rows is empty');
  const expand = (options.arrays ?? 'expand') === 'expand';
  const columns = new Map<string, number>(); // key -> vector length to expand (0: keep as is)
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const width = expand && isVector(v) ? v.length : 0;
      columns.set(k, Math.max(columns.get(k) ?? 0, width));
    }
  }
  const flat = rows.map((row) => {
    const r = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, width] of columns) {
      const v = r[k];
      if (width > 0 && (v === null || v === undefined || isVector(v))) {
        for (let i = 0; i < width; i++) out[`${k}_${i}`] = v == null ? null : ((v as number[])[i] ?? null);
      } else out[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? null);
    }
    return out;
  });
  return new (loadDanfo().DataFrame)(flat);
}

function isVector(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}
