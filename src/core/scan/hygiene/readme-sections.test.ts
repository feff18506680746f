import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readmeSections } from './readme-sections.ts';

test('sections found by headings in English, French and Spanish', () => {
  assert.deepEqual(readmeSections('# App\n## Installation\n## Usage\n## Contributing\n').sections, {
    install: true,
    usage: true,
    contributing: true,
  });
  assert.deepEqual(readmeSections('# Outil\n## Mise en place\n## Utilisation\n## Contribuer\n').sections, {
    install: true,
    usage: true,
    contributing: true,
  });
  assert.deepEqual(readmeSections('# Herramienta\n## Instalación\n## Uso\n## Cómo contribuir\n').sections, {
    install: true,
    usage: true,
    contributing: true,
  });
});

test('setext, reStructuredText and HTML headings; code blocks are not headings', () => {
  const rst =
    'Project\n=======\n\nGetting started\n---------------\n\n```\n# Usage\n```\n<h2>Contributing</h2>\n';
  const { sections, headings } = readmeSections(rst);
  assert.deepEqual(sections, { install: true, usage: false, contributing: true });
  assert.equal(headings.install?.line, 4);
});
