import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertPageSafe } from './chart-fixtures.test-support.ts';
import { svgForPage } from './svg-for-page.ts';

const label = { id: 'cost-chart', title: 'Cost', description: 'Cost per year' };
const wrap = (body: string) =>
  `<svg width="640" height="320" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320">${body}</svg>`;

test('style attributes become presentation attributes, and override the ones already there', () => {
  const svg = svgForPage(
    wrap(
      '<text fill="#000" style="font-size:12px;font-family:sans-serif;font-weight:bold;fill:#333;cursor:pointer;">a</text>' +
        '<text style="font: italic bold 14px/1.5 Georgia, serif">b</text>' +
        '<path d="M0 0" style="fill:url(https://evil.example/x);stroke:url(#zr3-g1)"></path>',
    ),
    label,
  );
  assert.match(
    svg,
    /<text fill="#333" font-size="12px" font-family="sans-serif" font-weight="bold">a<\/text>/,
  );
  assert.match(
    svg,
    /<text font-style="italic" font-weight="bold" font-size="14px" font-family="Georgia, serif">b<\/text>/,
  );
  assert.match(svg, /<path d="M0 0" stroke="url\(#cost-chart-g1\)"><\/path>/);
  assertPageSafe(svg, label.id, label.title, label.description);
});

test('style elements, scripts, foreign content, handlers, classes and outside links are dropped', () => {
  const svg = svgForPage(
    wrap(
      '<style><![CDATA[.zr0-cls-0:hover{cursor:pointer}]]></style>' +
        '<script>alert(1)</script><foreignObject><div>x</div></foreignObject>' +
        '<g onclick="alert(1)" ONLOAD="x" class="zr0-cls-0" ecmeta_series_index="0">' +
        '<a href="javascript:alert(1)"><text>kept</text></a>' +
        '<path fill="java\tscript:x" d="M0 0" clip-path="url(#zr0-c0)"></path></g>' +
        '<defs><clipPath id="zr0-c0"><path d="M1 1"></path></clipPath></defs><!-- note -->',
    ),
    label,
  );
  assert.equal(
    svg,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" width="100%" role="img"' +
      ' aria-labelledby="cost-chart-title cost-chart-desc" focusable="false">' +
      '\n<title id="cost-chart-title">Cost</title>\n<desc id="cost-chart-desc">Cost per year</desc>' +
      '<g><path d="M0 0" clip-path="url(#cost-chart-c0)"></path></g>' +
      '<defs><clipPath id="cost-chart-c0"><path d="M1 1"></path></clipPath></defs></svg>',
  );
});

test('title, description and text are escaped, with no literal script scheme or handler', () => {
  const hostile = `<script>alert(1)</script> "&'<> onload= javascript:`;
  const svg = svgForPage(wrap('<text>&lt;b&gt; onerror=x javascript:y &amp;amp;</text>'), {
    id: 'c',
    title: hostile,
    description: hostile,
  });
  const escaped =
    '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;&lt;&gt; onload&#61; javascript&#58;';
  assert.ok(svg.includes(`<title id="c-title">${escaped}</title>`));
  assert.ok(svg.includes(`<desc id="c-desc">${escaped}</desc>`));
  assert.ok(svg.includes('<text>&lt;b&gt; onerror&#61;x javascript&#58;y &amp;amp;</text>'));
  assertPageSafe(svg, 'c', escaped, escaped);
});

test('an id that is not a plain name is refused', () => {
  assert.throws(() => svgForPage(wrap(''), { ...label, id: 'a" onload="x' }), RangeError);
  assert.throws(() => svgForPage(wrap(''), { ...label, id: '1chart' }), RangeError);
});
