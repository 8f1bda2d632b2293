/**
 * Generate the committed notebooks (`notebooks/*.ipynb`, without outputs) from their readable
 * sources (`notebooks/source/*.md`), so that reviews read Markdown and TypeScript, not JSON.
 *
 * Source format:
 * - the first line is `<!-- notebook {...} -->` with a JSON header: `kernels` (the kernels the
 *   headless tests run it under, e.g. ["tslab", "deno"]) and `expect` (what an executed copy must
 *   show: `plotly`, the minimum number of plotly figures, and `text`, strings that must appear in
 *   the outputs); both are copied into the notebook metadata under `eqn` for the tests;
 * - every ```ts fenced block is one code cell;
 * - the Markdown between code blocks is one Markdown cell; a line `<!-- cell -->` splits it.
 *
 * Usage: node --import tsx scripts/make-notebooks.ts          (write notebooks/*.ipynb)
 *        node --import tsx scripts/make-notebooks.ts --check  (exit 1 when one is stale)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the headless tests require of an executed notebook. */
export interface NotebookExpectations {
  /** Minimum number of plotly figure outputs. */
  plotly?: number;
  /** Strings that must each appear somewhere in the outputs. */
  text?: string[];
}

/** The JSON header of a notebook source. */
export interface NotebookHeader {
  kernels: string[];
  expect: NotebookExpectations;
  /** Per-kernel execution timeout for the tests, in seconds (default 300). */
  timeoutSeconds?: number;
}

interface Cell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, unknown>;
  source: string[];
  execution_count?: null;
  outputs?: unknown[];
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: 4;
  nbformat_minor: 5;
}

const HEADER = /^<!-- notebook (\{.*\}) -->\s*$/;
const FENCE_OPEN = /^```(ts|typescript)\s*$/;
const FENCE_CLOSE = /^```\s*$/;
const SPLIT = /^<!-- cell -->\s*$/;

/** Split a string into notebook source lines (each but the last keeps its newline). */
function sourceLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)).filter((l) => l !== '');
}

/**
 * Parse a notebook source (see the file comment) into a clean nbformat 4.5 notebook.
 * @throws when the header is missing or invalid, or a code fence is not closed.
 */
export function notebookFromSource(text: string, name = 'notebook'): Notebook {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const m = HEADER.exec(lines[0] ?? '');
  if (m === null) throw new Error(`notebookFromSource: ${name} must start with a line <!-- notebook {...} -->, got ${JSON.stringify(lines[0])}`);
  const header = JSON.parse(m[1]) as NotebookHeader;
  if (!Array.isArray(header.kernels) || header.kernels.length === 0) throw new Error(`notebookFromSource: ${name} header needs a non-empty kernels list`);
  const cells: Cell[] = [];
  let markdown: string[] = [];
  const pushMarkdown = () => {
    const body = markdown.join('\n').trim();
    if (body !== '') cells.push({ id: '', cell_type: 'markdown', metadata: {}, source: sourceLines(body) });
    markdown = [];
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (SPLIT.test(line)) {
      pushMarkdown();
    } else if (FENCE_OPEN.test(line)) {
      pushMarkdown();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE_CLOSE.test(lines[i]); i++) code.push(lines[i]);
      if (i >= lines.length) throw new Error(`notebookFromSource: ${name} has an unclosed code fence`);
      cells.push({ id: '', cell_type: 'code', metadata: {}, source: sourceLines(code.join('\n').trim()), execution_count: null, outputs: [] });
    } else {
      markdown.push(line);
    }
  }
  pushMarkdown();
  cells.forEach((c, i) => (c.id = `${name.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}-${String(i).padStart(2, '0')}`));
  return {
    cells,
    metadata: {
      kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' },
      language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' },
      eqn: header,
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** The notebook as written to disk (Jupyter's own layout: 1-space indent, trailing newline). */
export function serializeNotebook(nb: Notebook): string {
  return `${JSON.stringify(nb, null, 1)}\n`;
}

/** Paths of the notebooks folder and its sources. */
export function notebookPaths(root = join(dirname(fileURLToPath(import.meta.url)), '..')): { sources: string[]; target: (source: string) => string } {
  const dir = join(root, 'notebooks', 'source');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
  return { sources, target: (source) => join(root, 'notebooks', `${basename(source, '.md')}.ipynb`) };
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const { sources, target } = notebookPaths();
  let stale = 0;
  for (const src of sources) {
    const out = serializeNotebook(notebookFromSource(readFileSync(src, 'utf8'), basename(src, '.md')));
    const path = target(src);
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing: stale */ }
    if (current === out) continue;
    stale++;
    if (check) process.stderr.write(`make-notebooks: ${path} is stale; run node --import tsx scripts/make-notebooks.ts\n`);
    else { writeFileSync(path, out); process.stdout.write(`make-notebooks: wrote ${path}\n`); }
  }
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv.slice(2)));
