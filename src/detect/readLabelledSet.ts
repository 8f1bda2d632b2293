import { dirname, join } from 'node:path';
import type { LabelledText } from './labelledText.ts';
import { readGoEmotionsTsv } from './readGoEmotionsTsv.ts';
import { readLabelledCsv } from './readLabelledCsv.ts';
import { readXedTsv } from './readXedTsv.ts';
import type { XedMapping } from './xedMapping.ts';

/** File formats `eqn eval-detector --format` accepts. */
export const LABELLED_FORMATS = ['goemotions', 'xed', 'csv'] as const;
export type LabelledFormat = (typeof LABELLED_FORMATS)[number];

/**
 * Read any supported labelled set. `goemotions` takes its label names from `labelsPath`
 * (default: ekman_labels.txt beside the file); `xed` reads `sentence \t ids` (or `ids \t sentence`
 * with idsFirst) through `xedMapping`; `csv` reads `text` and `label` columns.
 * @throws naming the format when it is unknown.
 */
export function readLabelledSet(path: string, options: { format: LabelledFormat; labelsPath?: string; xedMapping?: XedMapping; idsFirst?: boolean }): LabelledText[] {
  switch (options.format) {
    case 'goemotions':
      return readGoEmotionsTsv(path, { labelsPath: options.labelsPath ?? join(dirname(path), 'ekman_labels.txt') });
    case 'xed':
      return readXedTsv(path, { mapping: options.xedMapping, idsFirst: options.idsFirst });
    case 'csv':
      return readLabelledCsv(path);
    default:
      throw new Error(`readLabelledSet: format = ${JSON.stringify(options.format)}, expected one of ${LABELLED_FORMATS.join(', ')}`);
  }
}
