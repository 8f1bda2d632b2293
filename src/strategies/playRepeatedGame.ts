import { createRng, type Rng } from '../core/rng.ts';
import type { Bimatrix } from '../game/bimatrix.ts';
import type { StrategyObservation, RepeatedStrategy } from './types.ts';

/**
 * When the column player moves:
 * - 'simultaneous': both choose knowing only earlier rounds (the textbook repeated game);
 * - 'row-first': the row player moves, then the column player sees that action before choosing
 *   (the creditor answering the debtor's current emotion D_t, as in the paper's dialogue).
 */
export type RepeatedGameTiming = 'simultaneous' | 'row-first';

/** One round of a repeated game. */
export interface RoundRecord {
  /** 0-based round number. */
  round: number;
  row: number;
  col: number;
  rowPayoff: number;
  colPayoff: number;
  rowNote?: string;
  colNote?: string;
}

/** A played match: who played, how, every round, and the totals. Plain serialisable data. */
export interface RepeatedGameHistory {
  rowStrategy: string;
  colStrategy: string;
  timing: RepeatedGameTiming;
  /** Key of the rng the match drew from (forks 'row' and 'col' go to the players). */
  rngKey: string;
  rounds: RoundRecord[];
  totals: { row: number; col: number };
  means: { row: number; col: number };
}

export interface PlayRepeatedGameOptions {
  /** Number of rounds (a positive integer). */
  rounds: number;
  /** Default 'simultaneous'. */
  timing?: RepeatedGameTiming;
  /** The match's random stream; otherwise createRng(seed), seed default 0. */
  rng?: Rng;
  seed?: number | string;
}

/**
 * Play two repeated-game strategies against each other on a bimatrix game and return the history.
 * Each player sees its own payoffs oriented `[opponentAction][myAction]` (the transpose of A for
 * the row player, B itself for the column player, so Table 5's creditor sees `agent[d][e]`), the
 * opponent's latest action and its own payoff of the previous round. Each player draws from its
 * own fork of the match rng, so the same seed replays the same match.
 * @throws when rounds is not a positive integer or a strategy plays an action out of range.
 * @example playRepeatedGame(table5Bimatrix(), { row: randomAction(), col: wslsPaper() }, { rounds: 20, timing: 'row-first', seed: 1 })
 */
export function playRepeatedGame<R, C>(
  game: Bimatrix,
  players: { row: RepeatedStrategy<R>; col: RepeatedStrategy<C> },
  options: PlayRepeatedGameOptions,
): RepeatedGameHistory {
  const { rounds } = options;
  if (!Number.isInteger(rounds) || rounds <= 0) throw new Error(`playRepeatedGame: rounds must be a positive integer, got ${rounds}`);
  const timing = options.timing ?? 'simultaneous';
  if (timing !== 'simultaneous' && timing !== 'row-first') throw new Error(`playRepeatedGame: unknown timing ${JSON.stringify(timing)}`);
  const rng = options.rng ?? createRng(options.seed === undefined ? 0 : options.seed);
  const rowRng = rng.fork('row');
  const colRng = rng.fork('col');
  const m = game.A.length;
  const n = game.A[0].length;
  const rowView = Array.from({ length: n }, (_, j) => game.A.map((r) => r[j]));
  let rowState = players.row.initialState();
  let colState = players.col.initialState();
  let prev: RoundRecord | undefined;
  const history: RoundRecord[] = [];
  let totalRow = 0;
  let totalCol = 0;
  for (let t = 0; t < rounds; t++) {
    const rowObs: StrategyObservation = { opponentAction: prev?.col ?? null, payoffs: rowView, lastPayoff: prev?.rowPayoff ?? null };
    const r = players.row.step(rowState, rowObs, rowRng);
    check(players.row.name, 'row', r.action, m, t);
    const colObs: StrategyObservation = {
      opponentAction: timing === 'row-first' ? r.action : prev?.row ?? null,
      payoffs: game.B,
      lastPayoff: prev?.colPayoff ?? null,
    };
    const c = players.col.step(colState, colObs, colRng);
    check(players.col.name, 'column', c.action, n, t);
    rowState = r.state;
    colState = c.state;
    const record: RoundRecord = { round: t, row: r.action, col: c.action, rowPayoff: game.A[r.action][c.action], colPayoff: game.B[r.action][c.action] };
    if (r.note !== undefined) record.rowNote = r.note;
    if (c.note !== undefined) record.colNote = c.note;
    totalRow += record.rowPayoff;
    totalCol += record.colPayoff;
    history.push(record);
    prev = record;
  }
  return {
    rowStrategy: players.row.name,
    colStrategy: players.col.name,
    timing,
    rngKey: rng.key,
    rounds: history,
    totals: { row: totalRow, col: totalCol },
    means: { row: totalRow / rounds, col: totalCol / rounds },
  };
}

function check(name: string, side: string, action: number, n: number, t: number): void {
  if (!Number.isInteger(action) || action < 0 || action >= n) {
    throw new Error(`playRepeatedGame: ${side} strategy ${name} played ${action} in round ${t}, expected 0..${n - 1}`);
  }
}
