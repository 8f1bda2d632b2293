import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataPath } from '../../core/dataPath.ts';
import { evaluateDetector } from '../../detect/evaluateDetector.ts';
import { confusionToCsv, formatReport, reportToCsv } from '../../detect/formatReport.ts';
import { createLexiconDetector } from '../../detect/lexiconDetector.ts';
import type { MultiLabelRule } from '../../detect/labelledText.ts';
import { createPureTsDetector } from '../../detect/pureTsDetector.ts';
import { LABELLED_FORMATS, readLabelledSet, type LabelledFormat } from '../../detect/readLabelledSet.ts';
import { createTfjsDetector } from '../../detect/tfjsDetector.ts';
import type { EmotionDetector } from '../../detect/types.ts';
import { XED_MAPPING_DROP, XED_MAPPING_MAP } from '../../detect/xedMapping.ts';

/** One line for `eqn --help`. */
export const summary = 'score an emotion detector (tfjs, pure-ts, lexicon, llm) on a labelled set';

const DETECTORS = ['tfjs', 'pure-ts', 'lexicon', 'llm'] as const;
const RULES: MultiLabelRule[] = ['first', 'drop', 'any'];

const USAGE = `usage: eqn eval-detector --detector tfjs|pure-ts|lexicon|llm [--data path --format goemotions|xed|csv]
                         [--out dir] [--multi-label first|drop|any] [--ollama-host url --model name]

Scores a detector, prints accuracy, macro-F1, per-class precision/recall/F1 and the confusion
matrix, and saves report.json, per-class.csv and confusion.csv into --out
(default results/eval-detector/<detector>-<data file>).
  --data path          labelled set (default data/emotion/goemotions-ekman/dev.tsv)
  --format f           goemotions (text, ids; label names from --labels or ekman_labels.txt beside it),
                       xed (sentence, Plutchik ids; --xed-ids-first for neu_en.txt), csv (text,label header).
                       Default: csv for *.csv, else goemotions.
  --xed-mapping m      drop (anticipation/trust dropped, default) or map (trust->Joy, anticipation->Neutral)
  --multi-label r      how a multi-label row is scored: first (default), drop, any
  --batch-size N       texts per detect() call (default 1024)
  --ollama-host url    for --detector llm (default http://127.0.0.1:11434)
  --model name         for --detector llm (required there), e.g. qwen2.5:7b`;

/** `eqn eval-detector`: returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: {
      detector: { type: 'string' }, data: { type: 'string' }, format: { type: 'string' }, labels: { type: 'string' },
      'xed-ids-first': { type: 'boolean' }, 'xed-mapping': { type: 'string' }, 'multi-label': { type: 'string' },
      'batch-size': { type: 'string' }, out: { type: 'string' }, 'ollama-host': { type: 'string' }, model: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } }));
  } catch (err) {
    return usageError((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const kind = values.detector;
  if (!DETECTORS.includes(kind as (typeof DETECTORS)[number])) return usageError(`--detector = ${JSON.stringify(kind)}, expected one of ${DETECTORS.join(', ')}`);
  const data = values.data ?? dataPath('emotion', 'goemotions-ekman', 'dev.tsv');
  const format = (values.format ?? (extname(data).toLowerCase() === '.csv' ? 'csv' : 'goemotions')) as LabelledFormat;
  if (!LABELLED_FORMATS.includes(format)) return usageError(`--format = ${JSON.stringify(values.format)}, expected one of ${LABELLED_FORMATS.join(', ')}`);
  const rule = (values['multi-label'] ?? 'first') as MultiLabelRule;
  if (!RULES.includes(rule)) return usageError(`--multi-label = ${JSON.stringify(rule)}, expected one of ${RULES.join(', ')}`);
  const mappingName = values['xed-mapping'] ?? 'drop';
  if (mappingName !== 'drop' && mappingName !== 'map') return usageError(`--xed-mapping = ${JSON.stringify(mappingName)}, expected drop or map`);
  const batchSize = Number(values['batch-size'] ?? 1024);
  if (!(Number.isInteger(batchSize) && batchSize > 0)) return usageError(`--batch-size = ${JSON.stringify(values['batch-size'])}, expected a positive integer`);

  const items = readLabelledSet(data, {
    format, labelsPath: values.labels, idsFirst: values['xed-ids-first'], xedMapping: mappingName === 'map' ? XED_MAPPING_MAP : XED_MAPPING_DROP,
  });
  let detector: EmotionDetector;
  try {
    detector = await makeDetector(kind as (typeof DETECTORS)[number], { host: values['ollama-host'], model: values.model });
  } catch (err) {
    process.stderr.write(`eqn eval-detector: ${(err as Error).message}\n`);
    return 2;
  }
  const evaluation = await evaluateDetector(detector, items, { batchSize, multiLabel: rule });
  const out = values.out ?? join('results', 'eval-detector', `${kind}-${basename(data, extname(data))}`);
  mkdirSync(out, { recursive: true });
  const { predictions, ...rest } = evaluation;
  writeFileSync(join(out, 'report.json'), `${JSON.stringify({ data, format, items: items.length, ...rest }, null, 2)}\n`);
  writeFileSync(join(out, 'per-class.csv'), reportToCsv(evaluation.report));
  writeFileSync(join(out, 'confusion.csv'), confusionToCsv(evaluation.report));
  writeFileSync(join(out, 'predictions.csv'), `line,gold,predicted\n${items.map((t, i) => `${t.line},${t.labels.join(';')},${predictions[i]}`).join('\n')}\n`);
  process.stdout.write(`detector ${detector.name} on ${data} (${format}, multi-label rule ${rule}); ${evaluation.failures} failed detections; ${evaluation.seconds.toFixed(1)} s\n`);
  process.stdout.write(`${formatReport(evaluation.report)}\n\nsaved report.json, per-class.csv, confusion.csv, predictions.csv in ${out}\n`);
  return 0;
}

async function makeDetector(kind: (typeof DETECTORS)[number], llm: { host?: string; model?: string }): Promise<EmotionDetector> {
  if (kind === 'tfjs') return createTfjsDetector();
  if (kind === 'pure-ts') return createPureTsDetector();
  if (kind === 'lexicon') return createLexiconDetector();
  if (!llm.model) throw new Error('--detector llm needs --model NAME (e.g. --model qwen2.5:7b)');
  let modules;
  try {
    modules = await Promise.all([import('../../detect/llmDetector.ts'), import('../../llm/ollamaChatModel.ts')]);
  } catch (err) {
    throw new Error(`--detector llm is not available in this build (src/detect/llmDetector.ts or src/llm/ollamaChatModel.ts failed to load: ${(err as Error).message})`);
  }
  const [{ createLlmDetector }, { createOllamaChatModel }] = modules;
  return createLlmDetector(createOllamaChatModel({ host: llm.host }), { model: llm.model });
}

function usageError(message: string): number {
  process.stderr.write(`eqn eval-detector: ${message}\n${USAGE}\n`);
  return 2;
}
