import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPrompts, parsePromptFile } from '../../src/agents/prompts.ts';
import { placeholders, renderTemplate } from '../../src/agents/llm/renderTemplate.ts';
import { dataPath } from '../../src/core/dataPath.ts';
import { EMOTIONS } from '../../src/core/emotions.ts';
import { PERSONAS } from '../../src/agents/personas.ts';

const raw = (kind: string) => JSON.parse(readFileSync(dataPath('prompts', `${kind}.json`), 'utf8'));

test('loadPrompts() loads the shipped prompt files: seven creditor styles and nine debtor personas', () => {
  const p = loadPrompts();
  assert.deepEqual(Object.keys(p.creditor.styles), [...EMOTIONS]);
  assert.deepEqual(Object.keys(p.debtor.personas), [...PERSONAS]);
  assert.equal(p.debtor.personas.vanilla, '');
  assert.equal(p.creditor.noStyle, '');
  for (const e of EMOTIONS) assert.ok(p.creditor.styles[e].length > 20, `style for ${e}`);
  for (const persona of PERSONAS.filter((x) => x !== 'vanilla')) assert.ok(p.debtor.personas[persona].length > 20, `persona ${persona}`);
  assert.match(p.creditor.styles.Anger, /firm and assertive.*never become hostile/);
  assert.match(p.detector.system, /exactly one of seven labels: Joy, Sadness, Anger, Fear, Surprise, Disgust, Neutral/);
  assert.ok(!('_about' in p.creditor));
});

test('parsePromptFile(kind, raw) rejects a misspelt key, naming file, field and value', () => {
  const bad = { ...raw('judge'), finalExchange: 4 };
  assert.throws(() => parsePromptFile('judge', bad, 'judge.json'), /judge\.json: field finalExchange = 4: Unrecognized key/);
});

test('parsePromptFile(kind, raw) requires every persona, naming the missing one', () => {
  const bad = raw('debtor');
  delete bad.personas.victim;
  assert.throws(() => parsePromptFile('debtor', bad, 'debtor.json'), /debtor\.json: field personas\.victim = undefined/);
});

test('parsePromptFile(kind, raw) rejects a wrong type, naming the value', () => {
  const bad = raw('judge');
  bad.finalExchangeMessages = 'four';
  assert.throws(() => parsePromptFile('judge', bad, 'judge.json'), /judge\.json: field finalExchangeMessages = "four"/);
});

test('parsePromptFile(kind, raw) rejects an unknown placeholder and lists the allowed ones', () => {
  const bad = raw('creditor');
  bad.system += ' {{debtorTarget}}';
  assert.throws(() => parsePromptFile('creditor', bad, 'creditor.json'), /creditor\.json: field system uses unknown placeholder \{\{debtorTarget\}\}; allowed: \{\{description\}\}/);
});

test('parsePromptFile(kind, raw) requires the placeholders a template cannot do without', () => {
  assert.throws(() => parsePromptFile('detector', { system: 'classify', user: 'Label:' }, 'detector.json'), /detector\.json: field user must contain the placeholder \{\{text\}\}/);
});

test('loadPrompts({ dir }) reads an edited copy of the prompt folder', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eqn-prompts-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(dataPath('prompts'), dir, { recursive: true });
  const edited = raw('creditor');
  edited.styles.Joy = 'Be cheerful.';
  writeFileSync(join(dir, 'creditor.json'), JSON.stringify(edited));
  assert.equal(loadPrompts({ dir }).creditor.styles.Joy, 'Be cheerful.');
});

test('loadPrompts({ dir }) names the file it cannot read', () => {
  assert.throws(() => loadPrompts({ dir: '/nonexistent-prompts' }), /loadPrompts: cannot read \/nonexistent-prompts\/creditor\.json/);
});

test('renderTemplate(template, values) fills placeholders and drops lines left empty by an empty value', () => {
  assert.equal(renderTemplate('Target {{ targetDays }} days.\n{{style}}\nRules.', { targetDays: 12, style: '' }), 'Target 12 days.\nRules.');
  assert.equal(renderTemplate('a\n\nb {{x}}', { x: 1 }), 'a\n\nb 1');
  assert.deepEqual(placeholders('{{a}} {{b}} {{a}}'), ['a', 'b']);
});

test('renderTemplate(template, values, where) names the missing placeholder', () => {
  assert.throws(() => renderTemplate('{{x}} {{y}}', { x: 1 }, 'creditor.system'), /creditor\.system: no value for placeholder \{\{y\}\}; given: x/);
});
