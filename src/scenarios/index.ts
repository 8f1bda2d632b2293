// Scenarios: CRAD and the authors' 200 configs as validated, typed data.
export * from './types.ts';
export * from './parseCsv.ts';
export * from './scenarioSchema.ts';
export * from './defaultCreditorMaxDays.ts';
export * from './loadCradScenarios.ts';
export * from './loadAuthorScenarios.ts';
export * from './loadScenarios.ts';
