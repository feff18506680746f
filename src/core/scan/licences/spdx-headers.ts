import { parseSpdxExpression } from './spdx-expression.ts';

/** An `SPDX-License-Identifier:` tag found near the top of a file. */
export interface SpdxHeader {
  line: number;
  /** The expression as written. */
  raw: string;
  /** The expression, parsed and written canonically; undefined when it is not valid SPDX. */
  expression?: string;
  ids: string[];
}

const tag = /SPDX-License-Identifier:[ \t]*([^\r\n]{0,200})/;
/** Comment closers and quotes that may follow the expression on the same line. */
const trailer = /\s*(?:\*\/|-->|--%>|#\}|%>|\*\)|-\}|"|'|`|,|;)*\s*$/;

/** The first SPDX licence tag in the first `maxLines` lines of a text. */
export function findSpdxHeader(text: string, maxLines = 40): SpdxHeader | undefined {
  let start = 0;
  for (let line = 1; line <= maxLines && start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const match = tag.exec(text.slice(start, end));
    if (match) {
      const raw = match[1]!.replace(trailer, '').trim();
      const parsed = parseSpdxExpression(raw);
      if (parsed) return { line, raw, expression: parsed.expression, ids: parsed.ids };
      // A tag followed by prose (documentation that mentions the tag) is not a header.
      if (/^[\w.+-]+(\s+(AND|OR|WITH|and|or|with)\s+[\w.+-]+)*$/.test(raw)) return { line, raw, ids: [] };
    }
    start = end + 1;
  }
  return undefined;
}

/** Picks at most `max` paths spread evenly over a sorted list, so that a sample covers the whole tree. */
export function spreadSample(paths: readonly string[], max: number): string[] {
  if (paths.length <= max) return [...paths];
  const step = paths.length / max;
  return Array.from({ length: max }, (_, i) => paths[Math.floor(i * step)]!);
}
