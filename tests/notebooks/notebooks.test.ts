// The notebooks: committed clean and generated from notebooks/source, and each one executes
// headless (tslab, and Deno where its header says so) without errors and shows what it declares.
//
// Needs Jupyter (python3-nbclient) and the tslab and Deno kernels that scripts/setup.sh installs,
// and an up-to-date dist/ (`npm test` builds first). Set EQN_SKIP_NOTEBOOKS=1 to skip execution.
// Notebooks run one after another (they are CPU-bound and the machine may have 2 cores).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { notebookFromSource, notebookPaths, serializeNotebook, type NotebookHeader } from '../../scripts/make-notebooks.ts';
import { startFakeOllama, type FakeOllama } from '../support/fakeOllama.ts';
import { fakeOllamaResponder } from './fakeOllamaResponder.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXECUTOR = join(ROOT, 'tests', 'notebooks', 'execute_notebook.py');
const PYTHON = process.env.EQN_PYTHON ?? '/usr/bin/python3';
const { sources, target } = notebookPaths(ROOT);

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface ExecutedCell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
  metadata: { eqn_execution?: { status: string; ename?: string; evalue?: string; seconds: number } };
}

const join0 = (t: string | string[] | undefined) => (Array.isArray(t) ? t.join('') : t ?? '');

/** A plotly figure output: the plotly MIME bundle, or HTML that draws with Plotly. */
function isPlotly(o: Output): boolean {
  if (o.data === undefined) return false;
  if ('application/vnd.plotly.v1+json' in o.data) return true;
  return /Plotly\.(newPlot|react)/.test(join0(o.data['text/html'] as string | string[] | undefined));
}

/** All text a reader sees in the outputs (streams, plain-text and HTML results, errors). */
function outputText(cells: ExecutedCell[]): string {
  const parts: string[] = [];
  for (const c of cells) {
    for (const o of c.outputs ?? []) {
      parts.push(join0(o.text));
      if (o.data !== undefined) {
        parts.push(join0(o.data['text/plain'] as string | string[] | undefined));
        parts.push(join0(o.data['text/markdown'] as string | string[] | undefined));
        parts.push(join0(o.data['text/html'] as string | string[] | undefined));
      }
      if (o.output_type === 'error') parts.push(`${o.ename}: ${o.evalue}`);
    }
  }
  return parts.join('\n');
}

/** A readable description of every failing or unexecuted code cell. */
function cellFailures(cells: ExecutedCell[]): string[] {
  const failures: string[] = [];
  cells.forEach((c, i) => {
    if (c.cell_type !== 'code') return;
    const ex = c.metadata.eqn_execution;
    const errorOutput = (c.outputs ?? []).find((o) => o.output_type === 'error');
    if (ex === undefined) failures.push(`cell ${i}: not executed`);
    else if (ex.status !== 'ok' || errorOutput !== undefined) {
      const stderr = (c.outputs ?? []).filter((o) => o.name === 'stderr').map((o) => join0(o.text)).join('');
      failures.push(`cell ${i} (${ex.status}): ${ex.ename ?? errorOutput?.ename ?? ''}: ${ex.evalue ?? errorOutput?.evalue ?? ''}\n${stderr.slice(0, 1500)}\n--- source:\n${join0(c.source).slice(0, 600)}`);
    }
  });
  return failures;
}

/** Names a cell declares at its top level (variables, functions, classes, imports). */
function topLevelNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (n: ts.BindingName) => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else n.elements.forEach((e) => { if (!ts.isOmittedExpression(e)) bind(e.name); });
  };
  for (const st of source.statements) {
    if (ts.isVariableStatement(st)) st.declarationList.declarations.forEach((d) => bind(d.name));
    else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) names.add(st.name.text);
    else if (ts.isImportDeclaration(st) && st.importClause) {
      if (st.importClause.name) names.add(st.importClause.name.text);
      const b = st.importClause.namedBindings;
      if (b && ts.isNamedImports(b)) b.elements.forEach((e) => names.add(e.name.text));
      else if (b) names.add(b.name.text);
    }
  }
  return names;
}

/**
 * tslab rewrites a cell's top-level names to `exports.x` but not inside the object shorthand
 * `{ x }`, so a later cell writing `{ x }` for an earlier cell's `x` throws "x is not defined".
 * Returns `cell i: {x}` for each such use.
 */
function crossCellShorthands(cells: string[]): string[] {
  const earlier = new Set<string>();
  const found: string[] = [];
  cells.forEach((code, i) => {
    const source = ts.createSourceFile(`cell${i}.ts`, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const own = topLevelNames(source);
    const visit = (node: ts.Node) => {
      if (ts.isShorthandPropertyAssignment(node) && earlier.has(node.name.text) && !own.has(node.name.text)) found.push(`cell ${i}: { ${node.name.text} }`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    own.forEach((n) => earlier.add(n));
  });
  return found;
}

/**
 * Run the Python executor without blocking this process's event loop (the fake Ollama server of
 * notebook 06 answers from it). Resolves with the exit status and output; kills it after timeoutMs.
 */
function execute(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(new Error(`cannot start ${PYTHON}: ${err.message}`)); });
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}

describe('notebooks/*.ipynb', () => {
  it('has a source in notebooks/source for each of the seven notebooks', () => {
    assert.deepEqual(sources.map((s) => basename(s, '.md').slice(0, 2)), ['01', '02', '03', '04', '05', '06', '07']);
  });

  for (const src of sources) {
    const name = basename(src, '.md');
    it(`${name}.ipynb is committed clean: exactly what scripts/make-notebooks.ts generates from its source`, () => {
      const expected = serializeNotebook(notebookFromSource(readFileSync(src, 'utf8'), name));
      const actual = readFileSync(target(src), 'utf8');
      assert.equal(actual, expected, `${name}.ipynb is stale or has outputs; run: node --import tsx scripts/make-notebooks.ts`);
      const nb = JSON.parse(actual) as { metadata: { kernelspec: { name: string; display_name: string } } };
      assert.deepEqual([nb.metadata.kernelspec.name, nb.metadata.kernelspec.display_name], ['tslab', 'TypeScript']);
    });

    it(`${name}: no cell uses an earlier cell's variable as an object shorthand (tslab cannot resolve it)`, () => {
      const code = notebookFromSource(readFileSync(src, 'utf8'), name).cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
      assert.deepEqual(crossCellShorthands(code), []);
    });
  }
});

describe('notebooks execute headless', { skip: process.env.EQN_SKIP_NOTEBOOKS === '1' ? 'EQN_SKIP_NOTEBOOKS=1' : false }, () => {
  let work = '';
  let ollama: FakeOllama | undefined;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'eqn-notebooks-'));
    // Notebook 06 talks to the host in EQN_OLLAMA_HOST: here a loopback fake that plays every role.
    ollama = await startFakeOllama({ models: ['qwen2.5:7b'], respond: fakeOllamaResponder });
  });
  after(async () => {
    await ollama?.close();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  for (const src of sources) {
    const name = basename(src, '.md');
    const header = notebookFromSource(readFileSync(src, 'utf8'), name).metadata.eqn as NotebookHeader;
    for (const kernel of header.kernels) {
      const timeout = header.timeoutSeconds ?? 300;
      const shows = [
        header.expect.plotly === undefined ? '' : `${header.expect.plotly} plotly figure(s)`,
        ...(header.expect.text ?? []).map((t) => JSON.stringify(t)),
      ].filter((s) => s !== '').join(', ');
      it(`${name} runs under ${kernel} without errors and shows ${shows}`, { timeout: (timeout + 60) * 1000 }, async (t) => {
        const output = join(work, `${name}.${kernel}.ipynb`);
        const env = {
          ...process.env,
          PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
          EQN_OLLAMA_HOST: ollama?.url ?? '',
          NO_COLOR: '1',
        };
        const res = await execute([EXECUTOR, target(src), kernel, output, String(timeout)], env, (timeout + 30) * 1000);
        const lastLine = res.stdout.trim().split('\n').at(-1) ?? '';
        assert.equal(res.status, 0, `executing ${name} under ${kernel} failed (status ${res.status}):\n${res.stdout}\n${res.stderr.slice(-3000)}`);
        const summary = JSON.parse(lastLine) as { seconds: number };
        const cells = (JSON.parse(readFileSync(output, 'utf8')) as { cells: ExecutedCell[] }).cells;
        const failures = cellFailures(cells);
        assert.deepEqual(failures, [], `${name} under ${kernel}:\n${failures.join('\n\n')}`);
        const plotly = cells.flatMap((c) => c.outputs ?? []).filter(isPlotly).length;
        assert.ok(plotly >= (header.expect.plotly ?? 0), `${name} under ${kernel}: ${plotly} plotly figure(s), expected at least ${header.expect.plotly}`);
        const text = outputText(cells);
        for (const t of header.expect.text ?? []) assert.ok(text.includes(t), `${name} under ${kernel}: outputs do not contain ${JSON.stringify(t)}`);
        t.diagnostic(`${name} [${kernel}] executed in ${summary.seconds.toFixed(1)} s`);
      });
    }
  }
});
