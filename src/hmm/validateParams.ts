import type { HmmParams } from './types.ts';

/** Tolerance on row sums of stochastic vectors and matrices. */
export const ROW_SUM_TOLERANCE = 1e-6;

/**
 * Check HMM parameters: shapes agree, entries finite and >= 0, every row sums to 1 within 1e-6.
 * Returns the number of states and symbols. `fn` names the caller in error messages.
 * @throws naming the matrix, row and sum, e.g. `scoreHmm: transMat row 3 sums to 1.05, expected 1 (tolerance 1e-6)`.
 * @example validateParams({ startProb: [1], transMat: [[1]], emissionProb: [[0.5, 0.5]] }) // { nStates: 1, nSymbols: 2 }
 */
export function validateParams(params: HmmParams, fn = 'validateParams'): { nStates: number; nSymbols: number } {
  if (params === null || typeof params !== 'object') throw new Error(`${fn}: params is ${String(params)}, expected { startProb, transMat, emissionProb }`);
  const { startProb, transMat, emissionProb } = params;
  if (!Array.isArray(startProb) || startProb.length === 0) throw new Error(`${fn}: startProb is ${JSON.stringify(startProb)}, expected a non-empty array`);
  const n = startProb.length;
  if (!Array.isArray(transMat) || transMat.length !== n) {
    throw new Error(`${fn}: transMat has ${Array.isArray(transMat) ? transMat.length : String(transMat)} rows, expected ${n} (the length of startProb)`);
  }
  if (!Array.isArray(emissionProb) || emissionProb.length !== n) {
    throw new Error(`${fn}: emissionProb has ${Array.isArray(emissionProb) ? emissionProb.length : String(emissionProb)} rows, expected ${n} (the length of startProb)`);
  }
  const m = Array.isArray(emissionProb[0]) ? emissionProb[0].length : 0;
  if (m === 0) throw new Error(`${fn}: emissionProb row 0 is ${JSON.stringify(emissionProb[0])}, expected a non-empty array`);
  checkRow(fn, 'startProb', -1, startProb, n);
  transMat.forEach((row, i) => checkRow(fn, 'transMat', i, row, n));
  emissionProb.forEach((row, i) => checkRow(fn, 'emissionProb', i, row, m));
  return { nStates: n, nSymbols: m };
}

function checkRow(fn: string, name: string, i: number, row: ArrayLike<number>, length: number): void {
  const label = i < 0 ? name : `${name} row ${i}`;
  if (row === null || typeof row !== 'object' || row.length !== length) {
    throw new Error(`${fn}: ${label} has length ${row?.length}, expected ${length}`);
  }
  let s = 0;
  for (let j = 0; j < length; j++) {
    const v = row[j];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`${fn}: ${label} entry ${j} is ${v}, expected a finite number >= 0`);
    s += v;
  }
  if (!(Math.abs(s - 1) <= ROW_SUM_TOLERANCE)) {
    throw new Error(`${fn}: ${label} sums to ${s}, expected 1 (tolerance ${ROW_SUM_TOLERANCE.toExponential()})`);
  }
}
