// Rebuilds data/sim-corpus/sentences.json from data/emotion/xed-en (deterministic: same input, same bytes).
// Usage: node --import tsx scripts/build-sim-corpus.ts [--check]
//   --check: exit 1 when the shipped file differs from a fresh build, write nothing.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from '../src/core/dataPath.ts';
import { EMOTIONS } from '../src/core/emotions.ts';
import { buildSimCorpus } from '../src/sim/buildSimCorpus.ts';

const annotated = readFileSync(dataPath('emotion', 'xed-en', 'en-annotated.tsv'), 'utf8');
const neutral = readFileSync(dataPath('emotion', 'xed-en', 'neu_en.txt'), 'utf8');
const { sentences } = buildSimCorpus(annotated, neutral);
const out = {
  _about: 'Sentence pool of the simulated debtor: held-out lines of XED (Ohman et al., COLING 2020, CC BY 4.0), see SOURCE.md. Built by scripts/build-sim-corpus.ts; do not edit by hand.',
  source: 'github.com/Helsinki-NLP/XED@76666d251f147cf518071bef4f8415dab6b96115 AnnotatedData/en-annotated.tsv, AnnotatedData/neu_en.txt',
  sentences,
};
// One line per emotion keeps the file compact and its diffs readable.
const body = EMOTIONS.map((e) => `    ${JSON.stringify(e)}: ${JSON.stringify(sentences[e])}`).join(',\n');
const text = `{\n  "_about": ${JSON.stringify(out._about)},\n  "source": ${JSON.stringify(out.source)},\n  "sentences": {\n${body}\n  }\n}\n`;
const path = dataPath('sim-corpus', 'sentences.json');
const counts = EMOTIONS.map((e) => `${e} ${sentences[e].length}`).join(', ');
if (process.argv.includes('--check')) {
  let shipped = '';
  try { shipped = readFileSync(path, 'utf8'); } catch { /* missing: differs */ }
  if (shipped !== text) {
    process.stderr.write(`build-sim-corpus: ${path} differs from a fresh build (${counts})\n`);
    process.exit(1);
  }
  process.stdout.write(`build-sim-corpus: ${path} is up to date (${counts})\n`);
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`build-sim-corpus: wrote ${path} (${counts})\n`);
}
