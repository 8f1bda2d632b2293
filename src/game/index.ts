// Game theory: bimatrix games, exact equilibria, learning dynamics.
export * from './bestResponse.ts';
export * from './bimatrix.ts';
export * from './expectedPayoffs.ts';
export * from './rational.ts';
export * from './solveRational.ts';
export * from './supportEnumeration.ts';
export * from './maximalNashSubsets.ts';
export * from './pureNashEquilibria.ts';
export * from './isNashEquilibrium.ts';
export * from './rankByPayoff.ts';
export * from './fictitiousPlay.ts';
export * from './replicatorDynamics.ts';
export * from './game.ts';
