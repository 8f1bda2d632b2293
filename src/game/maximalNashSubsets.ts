import type { Equilibrium } from './supportEnumeration.ts';

/** A convex set of equilibria: every mixture of its row strategies with every mixture of its column strategies. */
export interface NashSubset {
  /** Distinct row strategies (exact), the extreme points of the row side. */
  rowStrategies: string[][];
  /** Distinct column strategies (exact). */
  colStrategies: string[][];
  /** Indices, into the input list, of the extreme equilibria spanning the set. */
  equilibria: number[];
}

/**
 * Group extreme equilibria into maximal Nash subsets: maximal sets X x Y of extreme strategies
 * such that every pair is an equilibrium. Each set's convex hull conv(X) x conv(Y) consists of
 * equilibria (Winkels 1979; Avis, Rosenberg, Savani and von Stengel 2010, section 2), so a set
 * with more than one strategy on a side is a continuum. In a nondegenerate game every set is a
 * single equilibrium. Found as the closed sets of the bipartite "is an equilibrium with" relation
 * (intersections of neighbourhoods), which is fast for the few dozen equilibria of small games.
 * @example maximalNashSubsets(supportEnumeration(table5Bimatrix()).equilibria).length // 8
 */
export function maximalNashSubsets(equilibria: readonly Equilibrium[]): NashSubset[] {
  const xKeys: string[] = [];
  const yKeys: string[] = [];
  const xIndex = new Map<string, number>();
  const yIndex = new Map<string, number>();
  const intern = (key: string, keys: string[], index: Map<string, number>) => {
    let i = index.get(key);
    if (i === undefined) {
      i = keys.length;
      keys.push(key);
      index.set(key, i);
    }
    return i;
  };
  const pairs = equilibria.map((e) => [intern(e.exact.x.join(','), xKeys, xIndex), intern(e.exact.y.join(','), yKeys, yIndex)]);
  const neighbours: Set<number>[] = xKeys.map(() => new Set());
  for (const [a, b] of pairs) neighbours[a].add(b);

  const keyOf = (s: Set<number>) => [...s].sort((p, q) => p - q).join(',');
  const closed = new Map<string, Set<number>>();
  let frontier = neighbours.filter((s) => s.size > 0);
  for (const s of frontier) closed.set(keyOf(s), s);
  while (frontier.length > 0) {
    const next: Set<number>[] = [];
    for (const s of frontier) {
      for (const t of neighbours) {
        const inter = new Set([...s].filter((v) => t.has(v)));
        const k = keyOf(inter);
        if (inter.size > 0 && !closed.has(k)) {
          closed.set(k, inter);
          next.push(inter);
        }
      }
    }
    frontier = next;
  }

  const subsets: NashSubset[] = [];
  for (const ys of closed.values()) {
    const xs = neighbours.map((nb, a) => ([...ys].every((b) => nb.has(b)) ? a : -1)).filter((a) => a >= 0);
    const members = pairs.map(([a, b], i) => (xs.includes(a) && ys.has(b) ? i : -1)).filter((i) => i >= 0);
    subsets.push({
      rowStrategies: xs.map((a) => xKeys[a].split(',')),
      colStrategies: [...ys].sort((p, q) => p - q).map((b) => yKeys[b].split(',')),
      equilibria: members,
    });
  }
  return subsets.sort((p, q) => p.equilibria[0] - q.equilibria[0] || p.equilibria.length - q.equilibria.length);
}
