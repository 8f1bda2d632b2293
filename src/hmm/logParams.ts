import type { HmmParams } from './types.ts';

/** Natural logarithms of HMM parameters, taken in float64 (log 0 = -Infinity). */
export interface LogParams {
  nStates: number;
  nSymbols: number;
  logStart: Float64Array;
  /** logTrans[i][j] = log P(S_{t+1} = j | S_t = i). */
  logTrans: Float64Array[];
  /** logEmission[i][k] = log P(O = k | S = i). */
  logEmission: Float64Array[];
}

/**
 * Log of every parameter, in float64, for the log-space kernels. Does not validate: call
 * {@link validateParams} first. Taking logs in float64 before any float32 upload is what lets the
 * tfjs kernels represent probabilities such as 1e-300 (log = -690.78) that float32 cannot hold.
 * @example logParams(p).logStart[0] // Math.log(p.startProb[0])
 */
export function logParams(params: HmmParams): LogParams {
  const logRow = (row: ArrayLike<number>) => Float64Array.from(row, Math.log);
  return {
    nStates: params.startProb.length,
    nSymbols: params.emissionProb[0].length,
    logStart: logRow(params.startProb),
    logTrans: params.transMat.map(logRow),
    logEmission: params.emissionProb.map(logRow),
  };
}
