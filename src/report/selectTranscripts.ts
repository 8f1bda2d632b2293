/** The coordinates of a negotiation that the selection balances over. */
export interface SelectableNegotiation {
  negotiationId: string;
  persona: string;
  policy: string;
}

/**
 * Which negotiations' transcripts a report embeds when the run is too large to embed them all:
 * every one when there are at most `max`, else a balanced, deterministic sample: the (persona,
 * policy) cells take turns, each giving its next negotiation in run order, so every cell is shown
 * and a cell's first scenarios come first. Returns ids in run order.
 * @throws when max is not a non-negative integer.
 * @example selectTranscripts(rows, { max: 2 }) // one id from each of the first two cells
 */
export function selectTranscripts(rows: readonly SelectableNegotiation[], options: { max: number }): string[] {
  const { max } = options;
  if (!(Number.isInteger(max) && max >= 0)) throw new Error(`selectTranscripts: options.max = ${max}, expected a non-negative integer`);
  if (rows.length <= max) return rows.map((r) => r.negotiationId);
  const cells = new Map<string, SelectableNegotiation[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.persona, r.policy]);
    const list = cells.get(key);
    if (list) list.push(r);
    else cells.set(key, [r]);
  }
  const queues = [...cells.values()];
  const chosen = new Set<string>();
  for (let round = 0; chosen.size < max; round++) {
    for (const q of queues) {
      if (chosen.size >= max) break;
      if (round < q.length) chosen.add(q[round].negotiationId);
    }
  }
  return rows.filter((r) => chosen.has(r.negotiationId)).map((r) => r.negotiationId);
}
