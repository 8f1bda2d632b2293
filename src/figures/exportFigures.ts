import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './launchChromium.ts';
import { plotlyPath } from './plotlySource.ts';
import type { Figure } from './types.ts';

/** A static image format. */
export type ImageFormat = 'svg' | 'png' | 'pdf';

/** Size and resolution of one static image. */
export interface ExportOptions {
  /** Default: the path's extension (.svg, .png, .pdf). */
  format?: ImageFormat;
  /** CSS pixels; default the figure's layout width and height (else 800 x 450). */
  width?: number;
  height?: number;
  /** Pixel ratio of PNGs (default 2, about 200 dpi at the layout size); ignored for SVG and PDF. */
  scale?: number;
}

/** One figure to write. */
export interface ExportItem extends ExportOptions {
  figure: Figure;
  path: string;
}

const FORMATS: readonly ImageFormat[] = ['svg', 'png', 'pdf'];

// Installed in the page once; called per figure. A string, so the code the browser runs is
// exactly this (no transpiler helpers).
const RENDER = `window.__eqnRender = async function (spec) {
  var gd = document.getElementById('fig');
  await Plotly.newPlot(gd, spec.data, Object.assign({}, spec.layout, { width: spec.width, height: spec.height }), { staticPlot: true });
  var out = await Plotly.toImage(gd, { format: spec.format, width: spec.width, height: spec.height, scale: spec.scale, imageDataOnly: true });
  Plotly.purge(gd);
  return out;
};`;

/**
 * Write figures as SVG, PNG or PDF through plotly.js in headless Chromium (the same renderer as
 * the interactive figures, so the static files look the same), reusing one browser and page for
 * the batch. SVG and PNG come from Plotly.toImage; a PDF prints the SVG on a page of the figure's
 * size (vector output). Folders are created. Pass `browser` to reuse one across batches (it is
 * then left open). Returns the paths written, in order.
 * @throws when a format is unknown or does not match the path's extension, a size is not
 *   positive, or the browser fails; the browser this call launched is closed either way.
 * @example await exportFigures([{ figure, path: 'figures/outcomes.svg' }, { figure, path: 'figures/outcomes.png' }])
 */
export async function exportFigures(items: readonly ExportItem[], options: { browser?: Browser; executablePath?: string } = {}): Promise<string[]> {
  const jobs = items.map((item, i) => resolveJob(item, i));
  if (jobs.length === 0) return [];
  const browser = options.browser ?? (await launchChromium(options.executablePath === undefined ? {} : { executablePath: options.executablePath }));
  const context = await browser.newContext({ offline: true });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="fig"></div></body></html>');
    await page.addScriptTag({ path: plotlyPath() });
    await page.addScriptTag({ content: RENDER });
    let pdfPage: Page | undefined;
    const written: string[] = [];
    for (const job of jobs) {
      const spec = { data: job.figure.data, layout: job.figure.layout, width: job.width, height: job.height, scale: job.format === 'png' ? job.scale : 1, format: job.format === 'png' ? 'png' : 'svg' };
      const out = await page.evaluate((s) => (window as unknown as { __eqnRender(s: unknown): Promise<string> }).__eqnRender(s), spec);
      let bytes: Buffer | string;
      if (job.format === 'png') bytes = Buffer.from(out, 'base64');
      else if (job.format === 'svg') bytes = out;
      else {
        pdfPage ??= await context.newPage();
        await pdfPage.setContent(
          `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: ${job.width}px ${job.height}px; margin: 0 } html, body { margin: 0; background: #fff }</style></head><body>${out}</body></html>`,
        );
        bytes = await pdfPage.pdf({ width: `${job.width}px`, height: `${job.height}px`, printBackground: true, pageRanges: '1' });
      }
      mkdirSync(dirname(job.path), { recursive: true });
      writeFileSync(job.path, bytes);
      written.push(job.path);
    }
    return written;
  } finally {
    await context.close();
    if (options.browser === undefined) await browser.close();
  }
}

function resolveJob(item: ExportItem, i: number): Required<Omit<ExportItem, 'figure' | 'path'>> & { figure: Figure; path: string } {
  const where = `exportFigures: items[${i}] (${item.path})`;
  const ext = extname(item.path).slice(1).toLowerCase();
  const format = item.format ?? (ext as ImageFormat);
  if (!FORMATS.includes(format)) throw new Error(`${where}: format = ${JSON.stringify(format)}, expected ${FORMATS.join(', ')} (from options.format or the path's extension)`);
  if (ext !== format) throw new Error(`${where}: the extension .${ext} does not match format ${format}`);
  const layout = item.figure?.layout;
  if (layout === undefined || !Array.isArray(item.figure.data)) throw new Error(`${where}: figure is not a {data, layout} figure`);
  const width = item.width ?? (typeof layout.width === 'number' ? layout.width : 800);
  const height = item.height ?? (typeof layout.height === 'number' ? layout.height : 450);
  const scale = item.scale ?? 2;
  for (const [name, v] of [['width', width], ['height', height], ['scale', scale]] as const) {
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`${where}: ${name} = ${v}, expected a positive number`);
  }
  return { figure: item.figure, path: item.path, format, width, height, scale };
}
