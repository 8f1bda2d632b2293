/**
 * The report page's own script (plain ES5, no build step, no network): draws every figure from
 * the embedded JSON with the inlined plotly.js, and runs the transcript viewer (filters by
 * persona, policy, scenario and seed; a negotiation list; one table row per message with the
 * detected and true emotion, hidden state, creditor emotion, branch and HMM belief). It reads
 * `#eqn-report-data` and only ever writes text through textContent (transcripts are data, not HTML).
 * Kept as a string so the page runs exactly this code.
 */
export const VIEWER_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('eqn-report-data').textContent);

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // Figures.
  data.figures.forEach(function (f) {
    var target = document.getElementById('fig-' + f.id);
    if (!target) return;
    if (typeof window.Plotly === 'undefined') {
      target.textContent = 'plotly.js did not load, so this figure cannot be drawn.';
      return;
    }
    window.Plotly.newPlot(target, f.spec.data, f.spec.layout, data.plotlyConfig);
  });

  // Transcript viewer.
  var list = data.transcripts;
  if (!document.getElementById('viewer') || list.length === 0) return;
  var byId = {};
  list.forEach(function (t) { byId[t.negotiationId] = t; });
  var filters = [
    { field: 'persona', select: document.getElementById('filter-persona') },
    { field: 'policy', select: document.getElementById('filter-policy') },
    { field: 'scenarioId', select: document.getElementById('filter-scenario') },
    { field: 'seed', select: document.getElementById('filter-seed') }
  ];
  var chooser = document.getElementById('negotiation');
  var header = document.getElementById('negotiation-summary');
  var body = document.getElementById('messages');

  filters.forEach(function (f) {
    var seen = {};
    f.select.appendChild(new Option('all', ''));
    list.forEach(function (t) {
      var v = String(t[f.field]);
      if (seen[v]) return;
      seen[v] = true;
      f.select.appendChild(new Option(v, v));
    });
    f.select.addEventListener('change', refresh);
  });
  chooser.addEventListener('change', render);

  function matches(t) {
    return filters.every(function (f) { return f.select.value === '' || String(t[f.field]) === f.select.value; });
  }

  function label(t) {
    var outcome = t.outcome === 'accept' ? 'agreed ' + t.finalDays + ' days' : (t.outcome || 'unfinished');
    return t.scenarioId + ' · ' + t.persona + ' · ' + t.policy + ' · seed ' + t.seed + ' · ' + outcome;
  }

  function refresh() {
    var current = chooser.value;
    while (chooser.firstChild) chooser.removeChild(chooser.firstChild);
    var shown = list.filter(matches);
    shown.forEach(function (t) { chooser.appendChild(new Option(label(t), t.negotiationId)); });
    if (shown.some(function (t) { return t.negotiationId === current; })) chooser.value = current;
    document.getElementById('negotiation-count').textContent = shown.length + ' of ' + list.length + ' embedded negotiations match';
    render();
  }

  function beliefCell(belief) {
    var cell = el('td', 'belief');
    if (!belief) { cell.textContent = '–'; return cell; }
    var names = belief.length === data.states.length ? data.states : data.emotions;
    var colors = belief.length === data.states.length ? data.stateColors : data.palette;
    var bar = el('div', 'belief-bar');
    var parts = [];
    belief.forEach(function (p, i) {
      var seg = el('span');
      seg.style.width = (100 * p).toFixed(1) + '%';
      seg.style.background = colors[i % colors.length];
      bar.appendChild(seg);
      parts.push(names[i] + ' ' + p.toFixed(2));
    });
    bar.title = parts.join(', ');
    cell.appendChild(bar);
    var best = 0;
    belief.forEach(function (p, i) { if (p > belief[best]) best = i; });
    cell.appendChild(el('div', 'belief-text', names[best] + ' ' + belief[best].toFixed(2)));
    return cell;
  }

  function render() {
    while (header.firstChild) header.removeChild(header.firstChild);
    while (body.firstChild) body.removeChild(body.firstChild);
    var t = byId[chooser.value];
    if (!t) {
      header.appendChild(el('p', 'empty', 'No embedded negotiation matches these filters.'));
      return;
    }
    var facts = [
      ['negotiation', t.negotiationId],
      ['outcome', t.outcome === 'accept' ? 'agreed on ' + t.finalDays + ' days' : (t.outcome || 'unfinished')],
      ['targets', 'creditor ' + t.creditorTargetDays + ' days, debtor ' + t.debtorTargetDays + ' days'],
      ['messages', String(t.messages.length)],
      ['end', t.reason || '–']
    ];
    var dl = el('dl', 'facts');
    facts.forEach(function (f) { dl.appendChild(el('dt', null, f[0])); dl.appendChild(el('dd', null, f[1])); });
    header.appendChild(dl);
    t.messages.forEach(function (m) {
      var tr = el('tr', m.role);
      tr.setAttribute('data-index', String(m.index));
      tr.appendChild(el('td', 'num', m.index));
      tr.appendChild(el('td', 'role', m.role));
      var text = el('td', 'text', m.text);
      m.flags.forEach(function (f) { text.appendChild(el('div', 'flag', f)); });
      tr.appendChild(text);
      tr.appendChild(el('td', 'num', m.offerDays === null ? '–' : m.offerDays));
      if (m.role === 'debtor') {
        tr.appendChild(el('td', null, m.trueEmotion || '–'));
        var hit = m.detected !== null && m.trueEmotion !== null ? (m.detected === m.trueEmotion ? ' ✓' : ' ✗') : '';
        tr.appendChild(el('td', m.detectorOk === false ? 'failed' : null, (m.detected || '–') + hit + (m.detectorOk === false ? ' (unparsed)' : '')));
        tr.appendChild(el('td', null, m.trueState || '–'));
        tr.appendChild(el('td', null, ''));
        tr.appendChild(el('td', null, ''));
        tr.appendChild(el('td', null, ''));
      } else {
        tr.appendChild(el('td', null, ''));
        tr.appendChild(el('td', null, ''));
        tr.appendChild(el('td', null, ''));
        tr.appendChild(el('td', 'emotion', m.creditorEmotion || 'none'));
        var branch = el('td', null, m.branch || '–');
        if (m.negativeCount !== null) branch.title = m.negativeCount + ' negative of the last ' + m.window + (m.note ? '; ' + m.note : '');
        else if (m.note) branch.title = m.note;
        tr.appendChild(branch);
        tr.appendChild(beliefCell(m.belief));
      }
      body.appendChild(tr);
    });
  }

  refresh();
})();`;
