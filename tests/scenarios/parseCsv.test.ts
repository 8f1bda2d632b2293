import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../src/scenarios/parseCsv.ts';

test('parseCsv(text) keeps commas, line breaks and doubled quotes inside quoted fields (RFC 4180 section 2)', () => {
  assert.deepEqual(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n'), [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines']]);
});

test('parseCsv(text) accepts CRLF and LF records, a missing final line break, empty fields and a BOM', () => {
  assert.deepEqual(parseCsv('\ufeffa,b\r\n1,\r\n,2'), [['a', 'b'], ['1', ''], ['', '2']]);
  assert.deepEqual(parseCsv('a\n""\n'), [['a'], ['']]);
  assert.deepEqual(parseCsv('x,y,'), [['x', 'y', '']]);
  assert.deepEqual(parseCsv(''), []);
});

test('parseCsv(text) rejects an unterminated quote, naming the source and the line it opened on', () => {
  assert.throws(() => parseCsv('a,b\n1,2\n"open,3\n4,5\n', { source: 'f.csv' }), /^Error: f\.csv: line 3: quoted field is never closed$/);
});

test('parseCsv(text) rejects a quote inside an unquoted field and text after a closing quote', () => {
  assert.throws(() => parseCsv('a,b\nx"y,2\n', { source: 'f.csv' }), /f\.csv: line 2: a quote inside an unquoted field/);
  assert.throws(() => parseCsv('"a"b,c\n', { source: 'f.csv' }), /f\.csv: line 1: unexpected "b" after a closing quote/);
});

test('parseCsv(text) round-trips fields written with quoting (property over tricky strings)', () => {
  const fields = ['plain', 'with, comma', 'with "quotes"', 'multi\nline', '', ' spaced ', 'crlf\r\ninside'];
  const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
  const rows = [fields, [...fields].reverse()];
  const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
  assert.deepEqual(parseCsv(text), rows);
});
