// Shared fixtures for the strategy tests (not a test file).
import { loadPaperParameters } from '../../src/core/paperParameters.ts';
import { emotionIndex, type Emotion } from '../../src/core/emotions.ts';

/** Table 5 creditor payoffs agent[d][e] as published. */
export const agent = loadPaperParameters().payoffAgent;
export const idx = (e: Emotion): number => emotionIndex(e);
