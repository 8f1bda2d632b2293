import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { memoryLogger } from '../../src/core/logger.ts';
import { launchChromium } from '../../src/figures/launchChromium.ts';
import { writeReport } from '../../src/report/writeReport.ts';
import { FIXTURE_RUN } from './fixtureRun.ts';

test('writeReport(run) writes one self-contained page that works from file:// in Chromium, with static figures', async () => {
  const out = mkdtempSync(join(tmpdir(), 'eqn-report-'));
  const browser = await launchChromium();
  try {
    const logger = memoryLogger();
    const page = await writeReport(FIXTURE_RUN, { out, browser, logger, resamples: 200 });
    assert.equal(page, join(out, 'index.html'));
    const html = readFileSync(page, 'utf8');
    const figureIds = [...html.matchAll(/<div class="plot" id="fig-([\w-]+)"><\/div>/g)].map((m) => m[1]);
    assert.deepEqual(figureIds, [
      'outcomes', 'paired-differences', 'length', 'debtor-transitions', 'creditor-transitions', 'detector-confusion',
      'state-confusion-paper-code', 'state-confusion-principled', 'belief-ribbon', 'ablation-success-rate', 'ablation-multiple',
    ]);
    const files = readdirSync(join(out, 'figures')).sort();
    assert.deepEqual(files, figureIds.flatMap((id) => [`${id}.png`, `${id}.svg`]).sort());
    assert.ok(html.includes('href="figures/outcomes.svg"'));
    assert.deepEqual(logger.warnings, []);

    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForFunction((n) => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n, figureIds.length, { timeout: 30_000 });
    const plots = await tab.$$eval('.js-plotly-plot', (els) => els.map((e) => ({ id: e.id, svg: e.querySelector('svg.main-svg') !== null })));
    assert.deepEqual(plots, figureIds.map((id) => ({ id: `fig-${id}`, svg: true })));
    assert.equal(await tab.locator('.notice').count(), 4, 'the simulated-backend notice in the header and each results section');

    // The transcript viewer: 24 negotiations embedded; switching negotiation redraws the table.
    assert.equal(await tab.locator('#negotiation option').count(), 24);
    const first = await tab.locator('#negotiation-summary').innerText();
    const firstRows = await tab.locator('#messages tr').count();
    assert.match(first, /crad-001\|vanilla\|vanilla/);
    await tab.selectOption('#filter-policy', 'eq-negotiator/principled');
    await tab.selectOption('#filter-persona', 'threatening');
    assert.equal(await tab.locator('#negotiation option').count(), 2);
    await tab.selectOption('#negotiation', { index: 1 });
    const second = await tab.locator('#negotiation-summary').innerText();
    assert.match(second, /crad-002\|threatening\|eq-negotiator\/principled/);
    const rows = await tab.$$eval('#messages tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => (td as HTMLElement).innerText)));
    assert.ok(rows.length > 0 && (rows.length !== firstRows || second !== first));
    const debtor = rows.find((r) => r[1] === 'debtor')!;
    assert.match(debtor[4], /^(Joy|Sadness|Anger|Fear|Surprise|Disgust|Neutral)$/, 'true emotion');
    assert.match(debtor[5], /✓|✗/, 'detected emotion, marked against the truth');
    assert.match(debtor[6], /^(Cooperative|Confrontational|Distressed|Strategic)$/, 'true hidden state');
    const creditor = rows.filter((r) => r[1] === 'creditor');
    assert.ok(creditor.every((r) => /^(wsls|hmm|payoff)$/.test(r[8])), 'the branch of every creditor message');
    assert.ok(creditor.every((r) => /^(Cooperative|Confrontational|Distressed|Strategic) \d\.\d\d$/.test(r[9])), 'the HMM belief of every creditor message');
    assert.equal(await tab.locator('#messages .belief-bar').count(), creditor.length);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('writeReport(run, { static: false }) writes the page alone; bad options and folders are refused', async () => {
  const out = mkdtempSync(join(tmpdir(), 'eqn-report-'));
  try {
    const page = await writeReport(FIXTURE_RUN, { out, static: false, maxTranscripts: 5, resamples: 50 });
    assert.ok(existsSync(page));
    assert.ok(!existsSync(join(out, 'figures')));
    const html = readFileSync(page, 'utf8');
    assert.ok(html.includes('5 of 24 negotiations are embedded'));
    assert.ok(html.includes('plotly.js v3'), 'plotly.js is inline');
    await assert.rejects(writeReport(FIXTURE_RUN, { out, maxTranscripts: -1 }), /writeReport: options.maxTranscripts = -1/);
    await assert.rejects(writeReport(FIXTURE_RUN, { out, formats: ['gif' as never] }), /options.formats contains "gif"/);
    await assert.rejects(writeReport(join(out, 'nothing-here'), { out }), /loadRun: .*manifest.json does not exist/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
