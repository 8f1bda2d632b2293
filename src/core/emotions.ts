/**
 * The seven emotion labels of EQ-Negotiator, always in this order (METHOD.md section 1).
 * Every 7-vector and 7x7 matrix in the kit is indexed by this order.
 */
export const EMOTIONS = ['Joy', 'Sadness', 'Anger', 'Fear', 'Surprise', 'Disgust', 'Neutral'] as const;

/** One of the seven emotion labels. */
export type Emotion = (typeof EMOTIONS)[number];

/** The negative set {Sadness, Anger, Fear, Disgust} used by the Eq. 4 switch. */
export const NEGATIVE_EMOTIONS: readonly Emotion[] = ['Sadness', 'Anger', 'Fear', 'Disgust'];

const INDEX: ReadonlyMap<string, number> = new Map(EMOTIONS.map((e, i) => [e, i]));

/** Index of an emotion in {@link EMOTIONS}. @throws on an unknown label. */
export function emotionIndex(emotion: Emotion): number {
  const i = INDEX.get(emotion);
  if (i === undefined) throw new Error(`emotionIndex: unknown emotion ${JSON.stringify(emotion)}`);
  return i;
}

/** Emotion at index i of {@link EMOTIONS}. @throws when i is out of range. */
export function emotionAt(i: number): Emotion {
  const e = EMOTIONS[i];
  if (e === undefined) throw new Error(`emotionAt: index ${i} is outside 0..${EMOTIONS.length - 1}`);
  return e;
}

/** True for Sadness, Anger, Fear and Disgust. */
export function isNegative(emotion: Emotion): boolean {
  return NEGATIVE_EMOTIONS.includes(emotion);
}

const SYNONYMS: Readonly<Record<string, Emotion>> = {
  joy: 'Joy', happy: 'Joy', happiness: 'Joy', j: 'Joy',
  sadness: 'Sadness', sad: 'Sadness', s: 'Sadness',
  anger: 'Anger', angry: 'Anger', a: 'Anger',
  fear: 'Fear', afraid: 'Fear', scared: 'Fear', f: 'Fear',
  surprise: 'Surprise', surprised: 'Surprise', surprising: 'Surprise', su: 'Surprise',
  disgust: 'Disgust', disgusted: 'Disgust', d: 'Disgust',
  neutral: 'Neutral', n: 'Neutral',
};

/**
 * Parse a label written in any of the spellings found in the paper, its code and the authors'
 * data ("happy", "surprising", "Anger", single-letter codes J/S/A/F/Su/D/N).
 * Returns undefined when the text is not one of the seven (callers record that as a failure).
 * @example parseEmotion('happiness') // 'Joy'
 */
export function parseEmotion(label: string): Emotion | undefined {
  const key = label.trim().toLowerCase().replace(/[^a-z]/g, '');
  return SYNONYMS[key];
}
