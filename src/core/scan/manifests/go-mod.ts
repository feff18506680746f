import type { Dependency } from './dependency.ts';

/** Splits a Go module path into namespace and name: `github.com/gorilla/mux` → `github.com/gorilla`, `mux`. */
export function goName(path: string): { namespace?: string; name: string } {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? { name: path } : { namespace: path.slice(0, slash), name: path.slice(slash + 1) };
}

/** The `require` directives of a go.mod, single-line and in blocks; `// indirect` ones are kept as optional. */
export function parseGoMod(text: string): Dependency[] {
  const dependencies: Dependency[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    let spec: string | undefined;
    if (inBlock) {
      if (line.startsWith(')')) {
        inBlock = false;
        continue;
      }
      spec = line;
    } else if (/^require\s*\($/.test(line)) {
      inBlock = true;
      continue;
    } else if (line.startsWith('require ')) {
      spec = line.slice('require '.length);
    }
    if (spec === undefined) continue;
    const match = /^(\S+)\s+(v\S+)(\s*\/\/\s*indirect)?/.exec(spec);
    if (!match) continue;
    dependencies.push({
      ecosystem: 'golang',
      ...goName(match[1]!),
      version: match[2]!,
      ...(match[3] ? { scope: 'optional' as const } : {}),
    });
  }
  return dependencies;
}
