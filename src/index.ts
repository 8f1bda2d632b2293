// Public API of eq-negotiator. Each area re-exports from its own modules.
export * from './core/emotions.ts';
export * from './core/rng.ts';
export * from './core/logger.ts';
export * from './core/matrix.ts';
export * from './core/dataPath.ts';
export * from './core/paperParameters.ts';
export * from './tf/backend.ts';
export * from './policies/types.ts';
export * from './negotiation/events.ts';
export * from './llm/types.ts';
export * from './detect/types.ts';
export * from './agents/types.ts';
export * from './agents/personas.ts';
export * from './scenarios/types.ts';
