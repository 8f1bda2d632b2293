import type { Emotion } from '../core/emotions.ts';

/** Plutchik label ids of XED (README): 1 anger ... 8 trust; 0 and 9 mark the neutral file's lines. */
export const XED_LABEL_NAMES: Readonly<Record<number, string>> = {
  0: 'neutral', 1: 'anger', 2: 'anticipation', 3: 'disgust', 4: 'fear', 5: 'joy', 6: 'sadness', 7: 'surprise', 8: 'trust', 9: 'neutral',
};

/** XED id -> emotion, or null to drop the label (a line left with no label is dropped). */
export type XedMapping = Readonly<Record<number, Emotion | null>>;

const SHARED = { 0: 'Neutral', 1: 'Anger', 3: 'Disgust', 4: 'Fear', 5: 'Joy', 6: 'Sadness', 7: 'Surprise', 9: 'Neutral' } as const;

/** The six Ekman emotions map to themselves; anticipation and trust are dropped (the detector's default). */
export const XED_MAPPING_DROP: XedMapping = { ...SHARED, 2: null, 8: null };

/** The alternative measured for the detector: trust -> Joy (Plutchik neighbours), anticipation -> Neutral. */
export const XED_MAPPING_MAP: XedMapping = { ...SHARED, 2: 'Neutral', 8: 'Joy' };
