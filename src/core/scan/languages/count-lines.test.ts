import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countLines } from './count-lines.ts';
import { languageNamed } from './language-of.ts';

function count(language: string, text: string) {
  const definition = languageNamed(language)!;
  return countLines(text, definition.comments, {
    script: definition.script,
    continuation: definition.continuation,
  });
}

test('C-like languages: line and block comments, blank lines', () => {
  const text = [
    '// header',
    '',
    'const a = 1; // trailing',
    '/* block',
    '   still block',
    '*/',
    'const b = 2;',
    '   ',
  ].join('\n');
  assert.deepEqual(count('JavaScript', text), { code: 2, comment: 4, blank: 2 });
});

test('a block comment between code on two lines joins them into one code line, as cloc counts it', () => {
  assert.deepEqual(count('TypeScript', 'let a = 1; /* opens\nmiddle\ncloses */ let b = 2;\n'), {
    code: 1,
    comment: 2,
    blank: 0,
  });
});

test('an unclosed /* is code, as in cloc (a glob in a string)', () => {
  assert.deepEqual(count('JavaScript', "const glob = '**/*.js';\nconst x = 1;\n"), {
    code: 2,
    comment: 0,
    blank: 0,
  });
});

test('Python: # lines and docstrings are comments, the shebang is code', () => {
  const text = [
    '#!/usr/bin/env python3',
    '"""Module docstring',
    'more',
    '"""',
    '# comment',
    'x = 1  # inline',
    '',
  ].join('\n');
  assert.deepEqual(count('Python', text), { code: 2, comment: 4, blank: 0 });
});

test('shell, YAML and JSON', () => {
  assert.deepEqual(count('Bourne Shell', '#!/bin/sh\n# c\necho hi\n\n'), { code: 2, comment: 1, blank: 1 });
  assert.deepEqual(count('YAML', '# c\na: 1 # not removed\n'), { code: 1, comment: 1, blank: 0 });
  assert.deepEqual(count('JSON', '{\n\n  "a": 1\n}\n'), { code: 3, comment: 0, blank: 1 });
});

test('HTML comments and Markdown comments', () => {
  assert.deepEqual(count('HTML', '<p>a</p>\n<!-- one -->\n<!--\nmany\n-->\n<p>b</p>\n'), {
    code: 2,
    comment: 4,
    blank: 0,
  });
  assert.deepEqual(count('Markdown', '# Title\n<!-- hidden -->\ntext\n'), { code: 2, comment: 1, blank: 0 });
});

test('a blank line after a backslash continues the line and is not blank', () => {
  assert.deepEqual(count('C', '#define A \\\n\nint x;\n'), { code: 3, comment: 0, blank: 0 });
});

test('a lone trailing backslash is one code line, not two (found by the property below)', () => {
  assert.deepEqual(count('JavaScript', '\\'), { code: 1, comment: 0, blank: 0 });
});

test('a byte-order mark and a missing final newline change nothing', () => {
  assert.deepEqual(count('JavaScript', '\uFEFFa();\nb();'), { code: 2, comment: 0, blank: 0 });
  assert.deepEqual(count('JavaScript', ''), { code: 0, comment: 0, blank: 0 });
});

test('code + comment + blank is the number of lines, for any text and any language', () => {
  const languages = [
    'JavaScript',
    'Python',
    'HTML',
    'Lua',
    'Ruby',
    'SQL',
    'Haskell',
    'reStructuredText',
    'JSON',
    'PHP',
  ];
  const piece = fc.constantFrom(
    'a',
    ' ',
    '\t',
    '/*',
    '*/',
    '//',
    '#',
    '"""',
    "'''",
    '<!--',
    '-->',
    '--',
    '{-',
    '-}',
    '..',
    '\\',
    'x = 1',
    '=begin',
    '=end',
    '--[[',
    ']]',
    '\n',
    '\n',
    '\n',
  );
  fc.assert(
    fc.property(fc.constantFrom(...languages), fc.array(piece, { maxLength: 80 }), (language, pieces) => {
      const text = pieces.join('');
      const counts = count(language, text);
      const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
      const lines = body.length === 0 ? 0 : body.split('\n').length - (body.endsWith('\n') ? 1 : 0);
      assert.equal(counts.code + counts.comment + counts.blank, lines);
      assert.ok(counts.code >= 0 && counts.comment >= 0 && counts.blank >= 0);
    }),
  );
});
