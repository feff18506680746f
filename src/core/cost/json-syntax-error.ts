/** Where and why a text stops being JSON. */
export interface JsonSyntaxError {
  /** Offset of the offending character (the text's length when it ends too soon). */
  offset: number;
  reason: string;
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const string = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const space = /[ \t\n\r]*/y;

/**
 * The first syntax error of a JSON text, or `undefined` when it is valid JSON. `JSON.parse` does not
 * always say where it stopped ("Unexpected token"), so a file's error can name a line and a column.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  let found: JsonSyntaxError | undefined;
  const stop = new Error('stop');
  const fail = (reason: string): never => {
    found = { offset: at, reason };
    throw stop;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const skipSpace = () => match(space);
  const literal = (word: string) => text.startsWith(word, at) && Boolean((at += word.length));
  const expect = (char: string, reason: string) => {
    skipSpace();
    if (text[at] !== char) fail(reason);
    at += 1;
  };
  const sequence = (close: string, item: () => void, reason: string) => {
    skipSpace();
    if (text[at] === close) return void (at += 1);
    for (;;) {
      item();
      skipSpace();
      if (text[at] === close) return void (at += 1);
      expect(',', reason);
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === undefined) fail('the text ends where a value was expected');
    at += 1;
    if (char === '{') {
      sequence(
        '}',
        () => {
          skipSpace();
          if (!match(string)) fail('expected a property name in double quotes');
          expect(':', "expected ':' after the property name");
          value();
        },
        "expected ',' or '}' after a property value",
      );
    } else if (char === '[') {
      sequence(']', value, "expected ',' or ']' after an array item");
    } else {
      at -= 1;
      if (char === '"' && !match(string)) fail('unfinished string or bad character in a string');
      if (char !== '"' && !match(number) && !['true', 'false', 'null'].some(literal)) {
        fail('expected a value (a string in double quotes, a number, true, false, null, { or [)');
      }
    }
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail('unexpected text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (error !== stop) return undefined; // nesting too deep to follow: no position to give
    return found;
  }
}

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}
