import { dataPath } from '../core/dataPath.ts';
import { isSimCorpusLine } from '../sim/corpusSplit.ts';
import type { LabelledText } from './labelledText.ts';
import { readGoEmotionsTsv } from './readGoEmotionsTsv.ts';
import { readXedTsv } from './readXedTsv.ts';
import { XED_MAPPING_DROP, XED_MAPPING_MAP } from './xedMapping.ts';

/** How XED joins the training data: `drop` anticipation/trust, `map` them (trust -> Joy, anticipation -> Neutral), or `none` (no XED). */
export type XedPolicy = 'drop' | 'map' | 'none';

/** The detector's training items and what was left out. */
export interface DetectorCorpus {
  items: LabelledText[];
  counts: { goemotions: number; xedAnnotated: number; xedNeutral: number; xedSimLinesExcluded: number };
}

/**
 * The offline detector's training data: GoEmotions-Ekman train plus XED English (annotated and
 * neutral lines) under `xed`, minus every XED line reserved for the simulated debtor
 * (isSimCorpusLine). The GoEmotions dev split is never read here.
 * @example loadDetectorCorpus({ xed: 'drop' }).counts.xedSimLinesExcluded // about 20% of XED
 */
export function loadDetectorCorpus(options: { xed?: XedPolicy; dataDir?: string } = {}): DetectorCorpus {
  const xed = options.xed ?? 'drop';
  const dir = options.dataDir ?? dataPath('emotion');
  const goemotions = readGoEmotionsTsv(`${dir}/goemotions-ekman/train.tsv`, { labelsPath: `${dir}/goemotions-ekman/ekman_labels.txt` });
  if (xed === 'none') return { items: goemotions, counts: { goemotions: goemotions.length, xedAnnotated: 0, xedNeutral: 0, xedSimLinesExcluded: 0 } };
  const mapping = xed === 'map' ? XED_MAPPING_MAP : XED_MAPPING_DROP;
  const annotated = readXedTsv(`${dir}/xed-en/en-annotated.tsv`, { mapping });
  const neutral = readXedTsv(`${dir}/xed-en/neu_en.txt`, { mapping, idsFirst: true });
  const keep = (items: LabelledText[]) => items.filter((item) => !isSimCorpusLine(item.text));
  const a = keep(annotated);
  const n = keep(neutral);
  return {
    items: [...goemotions, ...a, ...n],
    counts: {
      goemotions: goemotions.length,
      xedAnnotated: a.length,
      xedNeutral: n.length,
      xedSimLinesExcluded: annotated.length - a.length + neutral.length - n.length,
    },
  };
}
