// LLM agents (creditor, debtor, judge), the LLM emotion detector, prompts and the Ollama backend.
export * from './ollamaBackend.ts';
export * from './ollamaBackendConfig.ts';
export * from './llmCreditor.ts';
export * from './llmDebtor.ts';
export * from './llmJudge.ts';
export * from './parseJudgeReply.ts';
export * from './speak.ts';
export * from './conversation.ts';
export * from './cleanReply.ts';
export * from './callOptions.ts';
export * from './renderTemplate.ts';
export * from './scenarioValues.ts';
export * from '../prompts.ts';
export * from '../../detect/llmDetector.ts';
