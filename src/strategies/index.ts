// Repeated-game strategies (pure step functions) and the iterated-game simulator.
export * from './types.ts';
export * from './wslsPaper.ts';
export * from './wslsTextbook.ts';
export * from './titForTat.ts';
export * from './fixedAction.ts';
export * from './randomAction.ts';
export * from './playRepeatedGame.ts';
