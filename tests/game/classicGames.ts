// Classic bimatrix games with known equilibria, shared by the game tests (not a test file itself).
import { bimatrix } from '../../src/game/bimatrix.ts';

const neg = (M: number[][]) => M.map((r) => r.map((v) => -v));

/** Matching pennies: unique equilibrium ((1/2, 1/2), (1/2, 1/2)), value 0 (von Neumann and Morgenstern 1944). */
export const matchingPennies = bimatrix([[1, -1], [-1, 1]], [[-1, 1], [1, -1]]);

/** Prisoner's dilemma, T=5 > R=3 > P=1 > S=0 (Axelrod 1984); action 0 = cooperate, 1 = defect. Unique equilibrium (D, D). */
export const prisonersDilemma = bimatrix([[3, 0], [5, 1]], [[3, 5], [0, 1]]);

/**
 * Battle of the sexes ("Bach or Stravinsky", Osborne 2004, payoffs (2,1) (0,0) / (0,0) (1,2)): two pure equilibria and one mixed,
 * x = (2/3, 1/3), y = (1/3, 2/3): x makes the column player indifferent (1 x0 = 2 x1), y the row player (2 y0 = y1).
 */
export const battleOfTheSexes = bimatrix([[2, 0], [0, 1]], [[1, 0], [0, 2]]);

/** Rock-paper-scissors: unique equilibrium, both uniform, value 0. */
export const rockPaperScissors = bimatrix([[0, -1, 1], [1, 0, -1], [-1, 1, 0]], neg([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]));

/**
 * Nashpy's degenerate example (docs/how-to/handle-degenerate-games.rst, zero-sum, B = -A). Hand check:
 * y* = (1/2, 1/2, 0) is the column player's unique optimal strategy and makes every row a best
 * response (A y* = -1/2 each), so that strategy of support 2 has 3 best responses; the row player's
 * optimal strategies are (1/2, t, 1/2 - t), t in [0, 1/2]: a segment with extreme points
 * (1/2, 1/2, 0) and (1/2, 0, 1/2), value -1/2.
 */
export const nashpyDegenerate = bimatrix([[0, -1, 1], [-1, 0, 1], [-1, 0, 1]], neg([[0, -1, 1], [-1, 0, 1], [-1, 0, 1]]));

/**
 * The degenerate 3x2 game of von Stengel's survey "Computing equilibria for two-person games"
 * (Handbook of Game Theory vol. 3, 2002, section 2.6): his nondegenerate example with B's top row
 * made (3, 3), so the pure strategy top has two best responses. Hand check: top is a best response
 * to y = (y0, 1 - y0) iff 3 >= 5 - 3 y0 and 3 >= 6 - 6 y0, i.e. y0 >= 2/3, giving the segment
 * {top} x [(2/3, 1/3), (1, 0)]; (0, 1/3, 2/3) makes both columns pay 8/3 and (1/3, 2/3) makes
 * middle and bottom pay 4 > 3, the third equilibrium. No other support pair is consistent.
 */
export const vonStengelDegenerate = bimatrix([[3, 3], [2, 5], [0, 6]], [[3, 3], [2, 6], [3, 1]]);
