// The analysis layer: results folders into row tables, metrics with intervals, emotion dynamics,
// inference accuracy. Every function is pure over plain arrays of rows (field names in README.md).
export * from './runSchemas.ts';
export * from './readJsonlFile.ts';
export * from './rowCoordinates.ts';
export * from './negotiationRow.ts';
export * from './turnRows.ts';
export * from './detectionRows.ts';
export * from './hmmSmoothingModel.ts';
export * from './smoothTranscript.ts';
export * from './loadRun.ts';
export * from './groupRows.ts';
export * from './summaryTable.ts';
export * from './pairedDifferences.ts';
export * from './countTable.ts';
export * from './emotionSource.ts';
export * from './debtorTransitions.ts';
export * from './creditorTransitions.ts';
export * from './creditorDebtorContingency.ts';
export * from './beliefRibbon.ts';
export * from './hmmActivation.ts';
export * from './stateEstimate.ts';
export * from './stateInferenceAccuracy.ts';
export * from './detectorAccuracy.ts';
export * from './inferenceComparison.ts';
export * from './toDataFrame.ts';
export * from '../stats/index.ts';
export * from './replayDialogues.ts';
