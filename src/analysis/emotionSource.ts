/**
 * Which debtor emotion a dynamics table reads: the logged true emotion (simulated backend) or
 * the detector's label (what the creditor saw; the only one on real-LLM runs).
 */
export type EmotionSource = 'true' | 'detected';
