import { EMOTIONS } from '../core/emotions.ts';
import type { Matrix } from '../core/matrix.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';

/**
 * A two-player game in strategic form: `A[i][j]` is the row player's payoff and `B[i][j]` the
 * column player's when the row player plays i and the column player j (von Stengel's and
 * Nashpy's notation). Labels name the pure strategies in messages and figures.
 */
export interface Bimatrix {
  readonly A: Matrix;
  readonly B: Matrix;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly rowPlayer: string;
  readonly colPlayer: string;
}

/** Labels and player names of a {@link Bimatrix}; defaults r0.., c0.., 'row', 'column'. */
export interface BimatrixOptions {
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  rowPlayer?: string;
  colPlayer?: string;
}

/**
 * Validate and copy a bimatrix game.
 * @throws when A or B is empty, ragged, of different shapes, has a non-finite entry, or a label
 * list has the wrong length.
 * @example bimatrix([[1, -1], [-1, 1]], [[-1, 1], [1, -1]]) // matching pennies
 */
export function bimatrix(A: Matrix, B: Matrix, options: BimatrixOptions = {}): Bimatrix {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  if (m === 0 || n === 0) throw new Error(`bimatrix: A must be a non-empty matrix, got ${JSON.stringify(A)}`);
  if (B.length !== m) throw new Error(`bimatrix: B has ${B.length} rows, A has ${m}`);
  const check = (name: string, M: Matrix) =>
    M.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== n) throw new Error(`bimatrix: ${name} row ${i} has length ${row?.length}, expected ${n}`);
      row.forEach((v, j) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`bimatrix: ${name}[${i}][${j}] = ${JSON.stringify(v)}, expected a finite number`);
      });
    });
  check('A', A);
  check('B', B);
  const rowLabels = options.rowLabels ?? Array.from({ length: m }, (_, i) => `r${i}`);
  const colLabels = options.colLabels ?? Array.from({ length: n }, (_, j) => `c${j}`);
  if (rowLabels.length !== m) throw new Error(`bimatrix: rowLabels has ${rowLabels.length} labels, expected ${m}`);
  if (colLabels.length !== n) throw new Error(`bimatrix: colLabels has ${colLabels.length} labels, expected ${n}`);
  return {
    A: A.map((r) => r.slice()),
    B: B.map((r) => r.slice()),
    rowLabels: rowLabels.slice(),
    colLabels: colLabels.slice(),
    rowPlayer: options.rowPlayer ?? 'row',
    colPlayer: options.colPlayer ?? 'column',
  };
}

/**
 * The paper's Table 5 as a bimatrix game: rows are the debtor's emotion d (row player, payoff
 * `client[d][e]`), columns the creditor's emotion e (column player, payoff `agent[d][e]`).
 * Pass learned parameters to analyse a payoff table after online updates.
 * @example table5Bimatrix().B[0][0] // 4, the creditor's payoff for (Joy, Joy)
 */
export function table5Bimatrix(params: Pick<PaperParameters, 'payoffAgent' | 'payoffClient'> = loadPaperParameters()): Bimatrix {
  return bimatrix(params.payoffClient, params.payoffAgent, {
    rowLabels: EMOTIONS,
    colLabels: EMOTIONS,
    rowPlayer: 'debtor',
    colPlayer: 'creditor',
  });
}
