import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confusionMatrixFigure } from '../../src/figures/confusionMatrixFigure.ts';
import { reportHtml, type ReportModel } from '../../src/report/reportHtml.ts';
import { SIMULATED_NOTICE, isSimulatedRun } from '../../src/report/simulatedNotice.ts';
import { escapeHtml } from '../../src/report/escapeHtml.ts';

const MODEL: ReportModel = {
  title: 'Run <x>',
  runDir: '..',
  simulated: true,
  manifest: [['experiment', 'smoke & co']],
  tables: [{ id: 'by-policy', title: 'By policy', caption: 'c', columns: ['policy', 'a', 'b', 'c', 'd', 'e'], rows: [['<i>v</i>', '1', '2', '3', '4', '5']] }],
  figures: [{ id: 'confusion', title: 'Confusion', caption: 'rows sum to 1', figure: confusionMatrixFigure([[1, 0], [0, 1]], { labels: ['a', 'b'] }) }],
  transcripts: [{
    negotiationId: 'n1', scenarioId: 's', persona: 'vanilla', policy: 'vanilla', seed: 1, backend: 'simulated', creditorTargetDays: 10, debtorTargetDays: 60,
    outcome: 'accept', finalDays: 30, reason: 'r',
    messages: [{ index: 0, role: 'creditor', text: '</script><script>alert(1)</script>', offerDays: 10, trueEmotion: null, trueState: null, detected: null, detectorOk: null, creditorEmotion: null, branch: 'none', belief: null, negativeCount: null, window: null, note: null, flags: [] }],
  }],
  negotiations: 3,
  warnings: ['incomplete'],
  staticFiles: ['figures/confusion.svg', 'figures/confusion.png'],
};

test('reportHtml(model) states the simulated-backend notice in the header and in every results section', () => {
  const html = reportHtml(MODEL, { plotlyJs: '/* plotly */' });
  const count = html.split(escapeHtml(SIMULATED_NOTICE)).length - 1;
  assert.equal(count, 4, 'header, tables, figures, transcripts');
  for (const section of ['tables', 'figures', 'transcripts']) {
    const body = html.slice(html.indexOf(`<section id="${section}">`), html.indexOf('</section>', html.indexOf(`<section id="${section}">`)));
    assert.ok(body.includes(escapeHtml(SIMULATED_NOTICE)), `section ${section} carries the notice`);
  }
  assert.ok(!reportHtml({ ...MODEL, simulated: false }, { plotlyJs: '' }).includes(escapeHtml(SIMULATED_NOTICE)));
});

test('reportHtml(model) escapes text, embeds data safely, links static files and makes no network reference', () => {
  const html = reportHtml(MODEL, { plotlyJs: 'var s = "</script>";' });
  assert.ok(html.includes('<title>Run &lt;x&gt;</title>'));
  assert.ok(html.includes('&lt;i&gt;v&lt;/i&gt;'));
  assert.ok(!html.includes('</script><script>alert(1)'), 'transcript text cannot close the data script');
  assert.ok(!html.includes('var s = "</script>"'), 'the library cannot close its script element');
  assert.ok(html.includes('<a href="figures/confusion.svg">SVG</a>'));
  assert.ok(html.includes('1 of 3 negotiations are embedded'));
  assert.ok(!/<script[^>]+src=|<link[^>]+href=|src="https?:/.test(html), 'no external script, stylesheet or image');
  const data = JSON.parse(html.match(/<script type="application\/json" id="eqn-report-data">([\s\S]*?)<\/script>/)![1]);
  assert.equal(data.transcripts[0].messages[0].text, '</script><script>alert(1)</script>');
  assert.equal(data.figures[0].id, 'confusion');
});

test('isSimulatedRun(manifest, rows) reads the backend', () => {
  assert.equal(isSimulatedRun({ backend: { name: 'simulated' } }, []), true);
  assert.equal(isSimulatedRun({ backend: { name: 'ollama' } }, [{ backend: 'ollama' }]), false);
  assert.equal(isSimulatedRun(undefined, [{ backend: 'simulated' }]), true);
});
