import { notebookFromSource, serializeNotebook } from '../../scripts/make-notebooks.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
for (const src of process.argv.slice(2)) {
  const text = readFileSync(src, 'utf8').replaceAll("from 'eq-negotiator'", "from './all.js'");
  writeFileSync(`notebooks/.scratch/${basename(src, '.md')}.ipynb`, serializeNotebook(notebookFromSource(text, basename(src, '.md'))));
}
