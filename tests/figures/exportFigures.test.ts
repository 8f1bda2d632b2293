import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confusionMatrixFigure } from '../../src/figures/confusionMatrixFigure.ts';
import { exportFigure } from '../../src/figures/exportFigure.ts';
import { exportFigures } from '../../src/figures/exportFigures.ts';
import { launchChromium } from '../../src/figures/launchChromium.ts';
import { outcomesFigure } from '../../src/figures/outcomesFigure.ts';
import { SUMMARY } from './rows.ts';

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('exportFigures(items) writes SVG, PNG and PDF through headless Chromium with one browser', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-export-'));
  const browser = await launchChromium();
  try {
    const fig = outcomesFigure(SUMMARY, { title: 'Outcomes', width: 700, panelHeight: 200 });
    const written = await exportFigures(
      [
        { figure: fig, path: join(dir, 'a/outcomes.svg') },
        { figure: fig, path: join(dir, 'a/outcomes.png'), scale: 2 },
        { figure: fig, path: join(dir, 'outcomes.pdf') },
      ],
      { browser },
    );
    assert.deepEqual(written, [join(dir, 'a/outcomes.svg'), join(dir, 'a/outcomes.png'), join(dir, 'outcomes.pdf')]);
    const svg = readFileSync(written[0], 'utf8');
    assert.match(svg, /^<svg/);
    assert.match(svg, /width="700" height="500"/);
    assert.ok(svg.includes('Outcomes') && svg.includes('debtor persona'), 'titles are in the SVG');
    assert.ok(svg.includes('Arial, Helvetica'), 'the theme font family is in the SVG');
    assert.ok(svg.includes('error bars: Wilson 95% CI'));
    const png = readFileSync(written[1]);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual(pngSize(png), { width: 1400, height: 1000 });
    const pdf = readFileSync(written[2]);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    // exportFigure reuses the browser it is given, and options override the layout size.
    const one = await exportFigure(confusionMatrixFigure([[1, 2], [3, 4]], { labels: ['a', 'b'] }), join(dir, 'small.png'), { browser, width: 300, height: 250, scale: 1 });
    assert.deepEqual(pngSize(readFileSync(one)), { width: 300, height: 250 });
    assert.ok(browser.isConnected(), 'a browser passed in stays open');
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exportFigures(items) checks formats and sizes before starting a browser', async () => {
  const fig = outcomesFigure(SUMMARY);
  await assert.rejects(exportFigures([{ figure: fig, path: 'x.jpg' }]), /items\[0\] \(x.jpg\): format = "jpg", expected svg, png, pdf/);
  await assert.rejects(exportFigures([{ figure: fig, path: 'x.svg', format: 'png' }]), /the extension .svg does not match format png/);
  await assert.rejects(exportFigures([{ figure: fig, path: 'x.png', scale: 0 }]), /scale = 0, expected a positive number/);
  assert.deepEqual(await exportFigures([]), []);
});
