// Small statistics over plain arrays: intervals, bootstrap, scores.
export * from './interval.ts';
export * from './normalQuantile.ts';
export * from './wilsonInterval.ts';
export * from './mean.ts';
export * from './quantileSorted.ts';
export * from './resample.ts';
export * from './percentileInterval.ts';
export * from './bootstrapOptions.ts';
export * from './bootstrapCi.ts';
export * from './pairedBootstrapCi.ts';
export * from './bootstrapDifferenceCi.ts';
export * from './brierScore.ts';
