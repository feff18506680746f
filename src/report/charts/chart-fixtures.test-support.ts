import assert from 'node:assert/strict';
import { type ScenarioAnalysis, analyseScenario } from '../../core/cost/scenario-analysis.ts';
import { type ScenarioInput, parseScenario } from '../../core/cost/scenario.ts';

/** Text a user could type to break out of the SVG. */
export const hostileText = `<script>alert(1)</script> "&'<>`;

/** How `hostileText` must appear in the SVG: escaped, never raw. */
export const hostileEscaped = '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;&lt;&gt;';

/** Text as ECharts escapes it in the SVG. */
export function escaped(text: string): string {
  const references: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text.replace(/[&<>"']/g, (char) => references[char]!);
}

/** French number format ("12 345"), to show that no format is hard-coded. */
export const formatFrench = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format;

/** Validates and analyses a scenario, as the pages and reports do. */
export function analyse(input: ScenarioInput): ScenarioAnalysis {
  return analyseScenario(parseScenario(input), { iterations: 500 });
}

/**
 * Three options over five years, twelve ranged lines in all with different swings (so a tornado has more
 * than ten bars); the last (dearest) option's name is `hostileText`.
 */
export const rangedScenario: ScenarioInput = {
  name: 'Ranged',
  horizonYears: 5,
  baseCurrency: 'USD',
  discountRate: 0.05,
  options: ['dpg', 'saas', 'custom'].map((id, o) => ({
    id,
    name: o === 2 ? hostileText : `Option ${id}`,
    lines: [1, 2, 3, 4].map((n) => ({
      label: `Line ${id} ${n}`,
      category: n % 2 === 0 ? 'staff' : 'hosting-and-cloud',
      kind: 'recurring' as const,
      amount: 1_000 * n * (o + 1),
      spent: 'in-country' as const,
      range: { low: 900 * n * (o + 1), high: 1_000 * n * (o + 1) + 137 * n * n + 11 * o },
    })),
  })),
};

/** The content of every `<text>` element, as escaped in the SVG. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

/** Where the text element whose content is exactly `text` is anchored. */
export function textAt(svg: string, text: string): { x: number; y: number } {
  const element = [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].find((match) => match[2] === text);
  assert.ok(element, `no text ${text}`);
  const attributes = element[1]!;
  const [, x = '0', y = '0'] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attributes) ?? [];
  const offset = (name: string) => Number(new RegExp(` ${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? 0);
  return { x: Number(x) + offset('x'), y: Number(y) + offset('y') };
}

/** Number of `<path>` elements filled with `colour`. */
export function pathsFilled(svg: string, colour: string): number {
  return [...svg.matchAll(/<path\b[^>]*>/g)].filter((match) => match[0].includes(` fill="${colour}"`)).length;
}

/**
 * Asserts what every chart guarantees: nothing a strict CSP blocks or that could run, and an accessible
 * name from a `<title>` and a `<desc>` placed first.
 */
export function assertPageSafe(svg: string, id: string, title: string, description: string) {
  assert.doesNotMatch(svg, /\sstyle\s*=/i);
  assert.doesNotMatch(svg, /<style/i);
  assert.doesNotMatch(svg, /<script/i);
  assert.doesNotMatch(svg, /\son[a-z]+\s*=/i);
  assert.doesNotMatch(svg, /javascript:/i);
  assert.doesNotMatch(svg, /\sclass=|ecmeta_/);
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  assert.match(root, / viewBox="0 0 \d+ \d+"/);
  assert.match(root, / width="100%"/);
  assert.doesNotMatch(root, / height=/);
  assert.match(root, / role="img"/);
  assert.match(root, / focusable="false"/);
  assert.match(root, new RegExp(` aria-labelledby="${id}-title ${id}-desc"`));
  assert.ok(
    svg.startsWith(
      `${root}\n<title id="${id}-title">${title}</title>\n<desc id="${id}-desc">${description}</desc>`,
    ),
    'title and desc come first',
  );
  for (const [, value] of svg.matchAll(/\sid="([^"]*)"/g)) assert.ok(value!.startsWith(`${id}-`), value);
}
