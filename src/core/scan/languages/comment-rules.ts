/**
 * How comments are recognised in one language: a list of steps applied in order to the non-blank lines
 * of a file, the way Debian's `cloc` does it, so that our counts can be compared with its counts.
 *
 * - `lines`: a line matching the pattern (case-insensitive) is a comment line.
 * - `c`: `/* … *\/` blocks are removed from the whole text (a block must be closed to count).
 * - `c++`: as `c`, plus `//` to the end of the line.
 * - `between`: line by line, text between the two markers is removed (one-line and multi-line).
 * - `html`: `<!-- … -->` line by line; a line where a comment opens counts as comment.
 * - `docstrings`: Python's triple-quoted strings are turned into `/* … *\/` blocks (then `c` removes them).
 * - `below`: everything from the first line matching the pattern to the end is a comment.
 * - `range`: lines from one matching the first pattern to one matching the second are comments.
 * - `rst`: reStructuredText `..` comment blocks.
 */
export type CommentStep =
  | { kind: 'lines'; pattern: RegExp }
  | { kind: 'c' }
  | { kind: 'c++' }
  | { kind: 'between'; open: string; close: string }
  | { kind: 'html' }
  | { kind: 'docstrings' }
  | { kind: 'below'; pattern: RegExp }
  | { kind: 'range'; start: RegExp; end: RegExp }
  | { kind: 'rst' };

/** The comment steps of a language; an empty list means every non-blank line is code. */
export type CommentRules = readonly CommentStep[];

const lines = (pattern: RegExp): CommentStep => ({ kind: 'lines', pattern });
const between = (open: string, close: string): CommentStep => ({ kind: 'between', open, close });

/** Shared rule sets, named after the families of languages that use them. */
export const rules = {
  none: [],
  cBlock: [{ kind: 'c' }],
  cLike: [{ kind: 'c++' }],
  hash: [lines(/^\s*#/i)],
  php: [lines(/^\s*#/i), { kind: 'c++' }],
  sql: [{ kind: 'c' }, lines(/^\s*--/i)],
  dashes: [lines(/^\s*--/i)],
  semicolon: [lines(/^\s*;/i)],
  percent: [lines(/^\s*%/i)],
  html: [{ kind: 'html' }],
  vue: [{ kind: 'html' }, { kind: 'c++' }],
  python: [lines(/\/\*/), lines(/\*\//), lines(/^\s*#/i), { kind: 'docstrings' }, { kind: 'c' }],
  ruby: [lines(/^\s*#/i), { kind: 'range', start: /^=begin/, end: /^=end/ }],
  perl: [
    { kind: 'below', pattern: /^__(END|DATA)__/ },
    lines(/^\s*#/i),
    { kind: 'range', start: /^=head1/, end: /^=cut/ },
  ],
  lua: [
    between('--[=====[', ']=====]'),
    between('--[====[', ']====]'),
    between('--[===[', ']===]'),
    between('--[==[', ']==]'),
    between('--[=[', ']=]'),
    between('--[[', ']]'),
    lines(/^\s*--/i),
  ],
  julia: [between('#=', '=#'), lines(/^\s*#/i), { kind: 'docstrings' }, { kind: 'c' }],
  batch: [lines(/^\s*rem/i), lines(/^\s*::/i)],
  visualBasic: [lines(/^\s*Attribute\s+/i), lines(/^\s*'/i)],
  haskell: [between('{-', '-}'), lines(/^\s*--/i)],
  ocaml: [between('(*', '*)')],
  markdown: [between('<!--', '-->')],
  rst: [{ kind: 'rst' }],
  lisp: [lines(/^\s*;/i), between('#|', '|#')],
  clojure: [lines(/^\s*;/i), lines(/^\s*#_/i)],
  properties: [lines(/^\s*#/i), lines(/^\s*!/i)],
  powershell: [between('<#', '#>'), lines(/^\s*#/i)],
  matlab: [between('%{', '%}'), lines(/^\s*%/i)],
  fortranFixed: [lines(/^[*c!]/i), lines(/^\s*!/i)],
  fortranFree: [lines(/^\s*!/i)],
  slashes: [lines(/^\s*\/\//i)],
  nim: [between('#[', ']#'), lines(/^\s*#/i)],
  jinja: [between('{#', '#}')],
  erb: [between('<%#', '%>')],
  razor: [between('@*', '*@')],
  handlebars: [between('{{!--', '--}}'), between('{{!', '}}')],
  asciidoc: [between('////', '////'), lines(/^\s*\/\//i)],
} as const satisfies Record<string, CommentRules>;
