import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectKernel } from '../../src/figures/detectKernel.ts';
import { displayFigure } from '../../src/figures/displayFigure.ts';
import { figureHtml } from '../../src/figures/figureHtml.ts';
import type { Figure } from '../../src/figures/types.ts';

const FIG: Figure = { data: [{ type: 'bar', x: ['a'], y: [1], name: '</script><b>' }], layout: { title: { text: 'demo' }, width: 300, height: 200 } };
const DISPLAY = Symbol.for('Jupyter.display');

function fakeTslab() {
  const shown: string[] = [];
  return { shown, globals: { __tslab__: { require: (id: string) => { assert.equal(id, 'tslab'); return { display: { html: (s: string) => shown.push(s) } }; } } } as Record<string, unknown> };
}

test('detectKernel() tells tslab, Deno and plain runtimes apart', () => {
  assert.equal(detectKernel(), 'none');
  assert.equal(detectKernel({ globals: fakeTslab().globals }), 'tslab');
  assert.equal(detectKernel({ globals: { Deno: { jupyter: {} } } }), 'deno');
  // Outside `deno jupyter`, reading Deno.jupyter throws: that means no kernel.
  const deno = { get jupyter(): unknown { throw new Error('Deno.jupyter is only available in `deno jupyter` subcommand'); } };
  assert.equal(detectKernel({ globals: { Deno: deno } }), 'none');
});

test('figureHtml(fig) is deterministic, escapes the data and inlines plotly.js only when asked', () => {
  const bare = figureHtml(FIG, { plotlyJs: 'none' });
  assert.equal(bare, figureHtml(FIG, { plotlyJs: 'none' }));
  assert.ok(!bare.includes('</script><b>'), 'trace data cannot close the script element');
  assert.ok(!bare.includes('plotly.js v3'));
  assert.match(bare, /^<div id="eqn-fig-[0-9a-z]+" class="eqn-figure"><\/div>/);
  const inline = figureHtml(FIG);
  assert.ok(inline.includes('plotly.js v3'));
  assert.ok(inline.length > 4_000_000);
  assert.throws(() => figureHtml(FIG, { id: '1 bad' }), /options.id = "1 bad"/);
});

test('displayFigure(fig) returns a self-contained HTML string outside a notebook', () => {
  const html = displayFigure(FIG);
  assert.equal(typeof html, 'string');
  assert.ok((html as string).includes('plotly.js v3'));
  assert.ok((html as string).includes('Plotly.newPlot'));
});

test('displayFigure(fig) in tslab shows text/html through tslab.display, inlining plotly.js once', () => {
  const { shown, globals } = fakeTslab();
  assert.equal(displayFigure(FIG, { globals }), undefined);
  assert.equal(displayFigure(FIG, { globals }), undefined);
  assert.equal(shown.length, 2);
  assert.ok(shown[0].includes('plotly.js v3'));
  assert.ok(!shown[1].includes('plotly.js v3'));
  assert.notEqual(shown[0].match(/id="([^"]+)"/)![1], shown[1].match(/id="([^"]+)"/)![1], 'each display gets its own element id');
  displayFigure(FIG, { globals, plotlyJs: 'inline' });
  assert.ok(shown[2].includes('plotly.js v3'));
});

test('displayFigure(fig) in Deno returns a Jupyter displayable with text/html and text/plain', () => {
  const globals: Record<string, unknown> = { Deno: { jupyter: {} } };
  const out = displayFigure(FIG, { globals }) as Record<symbol, () => Record<string, string>>;
  const bundle = out[DISPLAY]();
  assert.deepEqual(Object.keys(bundle), ['text/html', 'text/plain']);
  assert.ok(bundle['text/html'].includes('plotly.js v3'));
  assert.equal(bundle['text/plain'], 'plotly figure: demo');
  const second = (displayFigure(FIG, { globals }) as Record<symbol, () => Record<string, string>>)[DISPLAY]();
  assert.ok(!second['text/html'].includes('plotly.js v3'));
  assert.throws(() => displayFigure(FIG, { globals, plotlyJs: 'cdn' as never }), /options.plotlyJs = "cdn"/);
});
