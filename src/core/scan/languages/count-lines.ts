import type { CommentRules, CommentStep } from './comment-rules.ts';

/** Lines of one file (or a sum of files): code + comment + blank = all lines. */
export interface LineCounts {
  code: number;
  comment: number;
  blank: number;
}

const blankPattern = /^[ \t\n\v\f\r]*$/;
const isBlank = (line: string): boolean => blankPattern.test(line);
const notBlank = (line: string): boolean => !blankPattern.test(line);

/**
 * Counts code, comment and blank lines the way Debian's `cloc` does: blank lines are those with only
 * white space; then each comment step of the language removes comments from the non-blank lines; lines
 * left with something on them are code, the others comment. Like `cloc`, block comments are found without
 * regard to strings, and a block comment spanning lines between code joins them into one code line.
 */
export function countLines(text: string, comments: CommentRules, options: CountOptions = {}): LineCounts {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.length === 0) return { code: 0, comment: 0, blank: 0 };
  const all = source.split('\n');
  if (all[all.length - 1] === '') all.pop();
  const continuation = options.continuation === true;
  let lines = dropBlank(all, continuation);
  const blank = all.length - lines.length;
  const first = lines[0];
  for (const step of comments) {
    if (lines.length === 0) break;
    lines = dropBlank(applyStep(step, lines), continuation);
  }
  let code = lines.length;
  if (options.script && first !== undefined && first.startsWith('#!') && (code === 0 || lines[0] !== first))
    code++;
  // A trailing backslash can make the comment pass hand back one more line than it was given (the
  // continuation joins nothing): never count more code lines than there are non-blank lines.
  code = Math.min(code, all.length - blank);
  return { code, comment: all.length - blank - code, blank };
}

/** How a language's lines are read, besides its comment rules. */
export interface CountOptions {
  /** A first `#!` line is code (scripting languages). */
  script?: boolean;
  /** A blank line after a line ending in a backslash continues that line and is not blank (as in `cloc`). */
  continuation?: boolean;
}

function dropBlank(lines: string[], continuation: boolean): string[] {
  if (!continuation) return lines.filter(notBlank);
  return lines.filter((line, index) => notBlank(line) || (index > 0 && lines[index - 1]!.endsWith('\\')));
}

function applyStep(step: CommentStep, lines: string[]): string[] {
  switch (step.kind) {
    case 'lines':
      return lines.filter((line) => !step.pattern.test(line));
    case 'c':
      return removeCComments(lines.join('\n') + '\n', false);
    case 'c++':
      return removeCComments(
        lines.map((line) => (line.endsWith('\\') ? `${line}\n` : `${line}\n\n`)).join(''),
        true,
      );
    case 'between':
      return removeBetween(lines, step.open, step.close);
    case 'html':
      return removeHtmlComments(lines);
    case 'docstrings':
      return docstringsToBlocks(lines);
    case 'below': {
      const index = lines.findIndex((line) => step.pattern.test(line));
      return index < 0 ? lines : lines.slice(0, index);
    }
    case 'range':
      return removeRanges(lines, step.start, step.end);
    case 'rst':
      return removeRstComments(lines);
  }
}

/**
 * Removes `/* … *\/` blocks (which must be closed) and, when asked, `//` comments to the end of the line,
 * scanning left to right as a regular expression would, then splits the text back into lines.
 */
function removeCComments(text: string, lineComments: boolean): string[] {
  const lastClose = text.lastIndexOf('*/');
  const kept: string[] = [];
  let keepFrom = 0;
  let at = 0;
  for (;;) {
    const slash = text.indexOf('/', at);
    if (slash < 0 || slash === text.length - 1) break;
    const next = text.charCodeAt(slash + 1);
    if (lineComments && next === 47) {
      const end = text.indexOf('\n', slash + 2);
      kept.push(text.slice(keepFrom, slash));
      keepFrom = at = end < 0 ? text.length : end + 1;
    } else if (next === 42 && lastClose >= slash + 2) {
      const close = text.indexOf('*/', slash + 2);
      kept.push(text.slice(keepFrom, slash));
      keepFrom = at = close + 2;
    } else {
      at = slash + 1;
    }
  }
  kept.push(text.slice(keepFrom));
  return kept.join('').split('\n');
}

function stripClosed(line: string, open: string, close: string): string {
  let result = line;
  let from = 0;
  for (;;) {
    const start = result.indexOf(open, from);
    if (start < 0) return result;
    const end = result.indexOf(close, start + open.length);
    if (end < 0) return result;
    result = result.slice(0, start) + result.slice(end + close.length);
    from = start;
  }
}

/** Comments between two markers, line by line: what is left before an opening marker stays code. */
function removeBetween(lines: string[], open: string, close: string): string[] {
  const kept: string[] = [];
  let inside = false;
  for (const original of lines) {
    let line = stripClosed(original, open, close);
    if (isBlank(line)) continue;
    if (inside) {
      const end = line.indexOf(close);
      if (end < 0) continue;
      line = line.slice(end + close.length);
      inside = false;
    }
    if (isBlank(line)) continue;
    const start = line.indexOf(open);
    if (start >= 0) {
      inside = true;
      line = line.slice(0, start);
      if (isBlank(line)) continue;
    }
    kept.push(line);
  }
  return kept;
}

/** `<!-- … -->` comments, line by line; as in `cloc`, a line on which a comment opens is a comment line. */
function removeHtmlComments(lines: string[]): string[] {
  const kept: string[] = [];
  let inside = false;
  for (const original of lines) {
    let line = stripClosed(original, '<!--', '-->');
    if (isBlank(line)) continue;
    if (inside) {
      const end = line.indexOf('-->');
      if (end >= 0) {
        line = line.slice(end + 3);
        inside = false;
      }
    }
    if (isBlank(line)) continue;
    if (line.includes('<!--')) inside = true;
    if (inside) continue;
    kept.push(line);
  }
  return kept;
}

/** Python's `"""` and `'''` strings become `/*` and `*\/`, alternately, as `cloc` treats them as comments. */
function docstringsToBlocks(lines: string[]): string[] {
  let inside = false;
  return lines.map((line) => {
    if (!line.includes('"""') && !line.includes("'''")) return line;
    let result = line;
    for (;;) {
      const double = result.indexOf('"""');
      const single = result.indexOf("'''");
      const at = double < 0 ? single : single < 0 ? double : Math.min(double, single);
      if (at < 0) return result;
      if (inside) {
        result = `${result.slice(0, at)}*/${result.slice(at + 3)}`;
      } else {
        const prefixed = at > 0 && (result[at - 1] === 'u' || result[at - 1] === 'U');
        result = `${result.slice(0, prefixed ? at - 1 : at)}/*${result.slice(at + 3)}`;
      }
      inside = !inside;
    }
  });
}

function removeRanges(lines: string[], start: RegExp, end: RegExp): string[] {
  const kept: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (!inside && start.test(line)) inside = true;
    else if (inside && end.test(line)) inside = false;
    else if (!inside) kept.push(line);
  }
  return kept;
}

/**
 * reStructuredText comments as `cloc` reads them: a line starting with `..` opens a comment that goes on
 * while lines start with white space or a dot; the first character of the line that ends it is dropped.
 */
function removeRstComments(lines: string[]): string[] {
  const kept: string[] = [];
  let inside = false;
  for (const original of lines) {
    let line = original;
    if (inside) {
      if (/^[^ \t\r\f.]/.test(line)) {
        line = line.slice(1);
        inside = false;
      } else continue;
    }
    if (isBlank(line)) continue;
    if (line.startsWith('..')) {
      inside = true;
      continue;
    }
    kept.push(line);
  }
  return kept;
}
