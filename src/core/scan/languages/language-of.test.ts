import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOfName, languageOfShebang, shebangInterpreter } from './language-of.ts';

test('languages by extension, two-part extension and file name', () => {
  assert.equal(languageOfName('src/a.ts')?.name, 'TypeScript');
  assert.equal(languageOfName('lib/index.d.cts')?.name, 'TypeScript');
  assert.equal(languageOfName('build.gradle.kts')?.name, 'Gradle');
  assert.equal(languageOfName('app/Makefile')?.name, 'make');
  assert.equal(languageOfName('Dockerfile.prod')?.name, 'Dockerfile');
  assert.equal(languageOfName('CMakeLists.txt')?.name, 'CMake');
  assert.equal(languageOfName('notes.txt')?.name, 'Text');
  assert.equal(languageOfName('image.png'), undefined);
  assert.equal(languageOfName('LICENSE'), undefined);
});

test('languages by #! line', () => {
  assert.equal(shebangInterpreter('#!/usr/bin/env -S python3 -u'), 'python3');
  assert.equal(languageOfShebang('#!/usr/bin/python3.11')?.name, 'Python');
  assert.equal(languageOfShebang('#!/bin/bash')?.name, 'Bourne Again Shell');
  assert.equal(languageOfShebang('#!/usr/bin/env node')?.name, 'JavaScript');
  assert.equal(languageOfShebang('no shebang'), undefined);
});
