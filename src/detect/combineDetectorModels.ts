import { EMOTIONS } from '../core/emotions.ts';
import { modelWidth, type DetectorModel } from './detectorModel.ts';

/**
 * One model whose logits are the mean of the members' logits (an ensemble that costs nothing
 * extra at inference): MLP members are placed side by side (hidden sizes add up, output weights
 * divided by the member count); softmax-regression members are averaged. A single member is
 * returned unchanged. Members must share the feature config and kind.
 * @throws naming the member whose features or kind differ.
 */
export function combineDetectorModels(members: readonly DetectorModel[]): DetectorModel {
  if (members.length === 0) throw new Error('combineDetectorModels: no members');
  if (members.length === 1) return members[0];
  const first = members[0];
  members.forEach((m, i) => {
    if (JSON.stringify(m.features) !== JSON.stringify(first.features) || (m.hidden > 0) !== (first.hidden > 0)) {
      throw new Error(`combineDetectorModels: member ${i} has features ${JSON.stringify(m.features)} hidden ${m.hidden}, unlike member 0 (${JSON.stringify(first.features)} hidden ${first.hidden})`);
    }
  });
  const k = EMOTIONS.length;
  const n = members.length;
  const buckets = first.features.buckets;
  if (first.hidden === 0) {
    const mean = (pick: (m: DetectorModel) => Float32Array) => {
      const out = new Float32Array(pick(first).length);
      for (const m of members) pick(m).forEach((v, i) => (out[i] += v / n));
      return out;
    };
    return { ...first, embedding: mean((m) => m.embedding), bagBias: mean((m) => m.bagBias) };
  }
  const hidden = members.reduce((s, m) => s + m.hidden, 0);
  const embedding = new Float32Array(buckets * hidden);
  let col = 0;
  for (const m of members) {
    const w = modelWidth(m);
    for (let b = 0; b < buckets; b++) embedding.set(m.embedding.subarray(b * w, (b + 1) * w), b * hidden + col);
    col += w;
  }
  const bagBias = Float32Array.from(members.flatMap((m) => Array.from(m.bagBias)));
  const outWeight = Float32Array.from(members.flatMap((m) => Array.from(m.outWeight, (v) => v / n)));
  const outBias = new Float32Array(k);
  for (const m of members) m.outBias.forEach((v, c) => (outBias[c] += v / n));
  return { features: { ...first.features }, hidden, embedding, bagBias, outWeight, outBias };
}
