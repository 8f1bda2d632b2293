// Chat models: the Ollama client, record/replay cache, scripted test model, and their helpers.
export * from './types.ts';
export * from './ollamaError.ts';
export * from './toOllamaError.ts';
export * from './semaphore.ts';
export * from './withRetries.ts';
export * from './ollamaChatModel.ts';
export * from './preflight.ts';
export * from './canonicalJson.ts';
export * from './chatRequestKey.ts';
export * from './cachedChatModel.ts';
export * from './scriptedChatModel.ts';
export * from './llmCallEvent.ts';
