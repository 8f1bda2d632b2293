import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoEmotionsTsv } from '../../src/detect/readGoEmotionsTsv.ts';
import { parseXedTsv } from '../../src/detect/readXedTsv.ts';
import { parseLabelledCsv } from '../../src/detect/readLabelledCsv.ts';
import { parseCsv } from '../../src/detect/parseCsv.ts';
import { XED_MAPPING_MAP } from '../../src/detect/xedMapping.ts';
import { readLabelledSet } from '../../src/detect/readLabelledSet.ts';
import { dataPath } from '../../src/core/dataPath.ts';

const EKMAN = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'];

test('parseGoEmotionsTsv reads text, multi-label ids (in file order) and 1-based lines, skipping blank lines', () => {
  const items = parseGoEmotionsTsv('wow\t6\tabc\n\nugh, fine\t1,4\tdef\n', { labelNames: EKMAN, file: 'f.tsv' });
  assert.deepEqual(items, [
    { text: 'wow', labels: ['Surprise'], file: 'f.tsv', line: 1 },
    { text: 'ugh, fine', labels: ['Disgust', 'Neutral'], file: 'f.tsv', line: 3 },
  ]);
});

test('parseGoEmotionsTsv errors name the file, line, field and value', () => {
  assert.throws(() => parseGoEmotionsTsv('a\t3\nb\t9\n', { labelNames: EKMAN, file: 'f.tsv' }), /f\.tsv:2: field labels = "9": id "9" is not in 0\.\.6/);
  assert.throws(() => parseGoEmotionsTsv('no tabs here\n', { labelNames: EKMAN, file: 'f.tsv' }), /f\.tsv:1: expected text and labels/);
  assert.throws(() => parseGoEmotionsTsv('a\t0\n', { labelNames: ['rage'], file: 'f.tsv' }), /label name 0 = "rage"/);
});

test('parseXedTsv maps Plutchik ids (spaces, CRLF) and drops anticipation and trust by default', () => {
  const items = parseXedTsv('Get out !\t1, 8\r\nSee you tomorrow .\t2\r\nOh my !\t7, 5\r\n', { file: 'x.tsv' });
  assert.deepEqual(items.map((t) => [t.text, t.labels, t.line]), [['Get out !', ['Anger'], 1], ['Oh my !', ['Surprise', 'Joy'], 3]]);
});

test('parseXedTsv with XED_MAPPING_MAP sends trust to Joy and anticipation to Neutral', () => {
  const items = parseXedTsv('I trust you .\t8\nSoon .\t2\n', { mapping: XED_MAPPING_MAP });
  assert.deepEqual(items.map((t) => t.labels), [['Joy'], ['Neutral']]);
});

test('parseXedTsv reads the neutral file (ids first, trailing empty fields) as Neutral', () => {
  const items = parseXedTsv('9\tTwo pair 10s and sixes.\n9\tChu Kot is Ning\t\t\t\n\t\t\t\t\n', { idsFirst: true });
  assert.deepEqual(items.map((t) => [t.text, t.labels]), [['Two pair 10s and sixes.', ['Neutral']], ['Chu Kot is Ning', ['Neutral']]]);
});

test('parseXedTsv errors name the file, line, field and value', () => {
  assert.throws(() => parseXedTsv('ok\t1\nbad\t1, x\n', { file: 'x.tsv' }), /x\.tsv:2: field labels = "1, x": id "x" has no mapping/);
  assert.throws(() => parseXedTsv('a\tb\tc\n', { file: 'x.tsv' }), /x\.tsv:1: expected 2 fields, got 3/);
});

test('parseCsv handles quoted commas, doubled quotes, embedded newlines and CRLF', () => {
  assert.deepEqual(parseCsv('a,"b,c"\r\n"say ""hi""","x\ny"\n'), [
    { line: 1, fields: ['a', 'b,c'] },
    { line: 2, fields: ['say "hi"', 'x\ny'] },
  ]);
  assert.throws(() => parseCsv('a\n"open', { file: 'q.csv' }), /q\.csv:2: unterminated quoted field/);
});

test('parseLabelledCsv reads text and label columns in any order with parseEmotion spellings', () => {
  const items = parseLabelledCsv('\uFEFFid,label,text\n1,happy,"Great, thanks!"\n2,A,I will sue you\n3,sad;fear,help\n', { file: 'c.csv' });
  assert.deepEqual(items.map((t) => [t.text, t.labels, t.line]), [['Great, thanks!', ['Joy'], 2], ['I will sue you', ['Anger'], 3], ['help', ['Sadness', 'Fear'], 4]]);
});

test('parseLabelledCsv errors name the file, line, field and value', () => {
  assert.throws(() => parseLabelledCsv('text,label\nhi,grumpy\n', { file: 'c.csv' }), /c\.csv:2: field label = "grumpy" is not one of the seven emotions/);
  assert.throws(() => parseLabelledCsv('text,emotion\nhi,joy\n', { file: 'c.csv' }), /c\.csv:1: header .* lacks column "label"/);
  assert.throws(() => parseLabelledCsv('text,label\nonly-one-field\n', { file: 'c.csv' }), /c\.csv:2: row has 1 fields, expected 2/);
});

test('readLabelledSet reads the shipped GoEmotions dev split with ekman_labels.txt found beside it', () => {
  const dev = readLabelledSet(dataPath('emotion', 'goemotions-ekman', 'dev.tsv'), { format: 'goemotions' });
  assert.equal(dev.length, 5426);
  assert.deepEqual(dev[2].labels, ['Sadness']); // "I've never been this sad in my life!" has id 5 = sadness
  assert.throws(() => readLabelledSet('x', { format: 'json' as never }), /format = "json"/);
});
