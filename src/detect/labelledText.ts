import type { Emotion } from '../core/emotions.ts';

/** One labelled utterance from an emotion corpus. */
export interface LabelledText {
  text: string;
  /** Gold emotions in the order the source lists them (at least one). */
  labels: Emotion[];
  /** Where it came from: file and 1-based line, for error messages and audits. */
  file: string;
  line: number;
}

/**
 * How a multi-label row becomes the single gold label of a single-label evaluation:
 * `first` keeps the first listed label, `drop` skips multi-label rows, and `any` counts a
 * prediction as correct when it is any of the gold labels (else the first label is the gold).
 */
export type MultiLabelRule = 'first' | 'drop' | 'any';
