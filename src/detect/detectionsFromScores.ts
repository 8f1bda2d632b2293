import { EMOTIONS } from '../core/emotions.ts';
import type { Detection } from './types.ts';

/**
 * Detections from row-major n x 7 scores: the emotion with the highest score (first in EMOTIONS
 * order on exact ties), with the scores attached.
 */
export function detectionsFromScores(scores: Float32Array): Detection[] {
  const k = EMOTIONS.length;
  const out: Detection[] = [];
  for (let i = 0; i < scores.length / k; i++) {
    const row = Array.from(scores.subarray(i * k, (i + 1) * k));
    let best = 0;
    for (let c = 1; c < k; c++) if (row[c] > row[best]) best = c;
    out.push({ emotion: EMOTIONS[best], ok: true, scores: row });
  }
  return out;
}
