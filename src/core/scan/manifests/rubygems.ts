import { withVersion, type Dependency } from './dependency.ts';

/** A Gemfile's `gem` lines, read by pattern (the Gemfile is never run); gems in test/development groups count as dev. */
export function parseGemfile(text: string): Dependency[] {
  const dependencies: Dependency[] = [];
  const groups: boolean[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (/^group\b.*\bdo\b/.test(line)) {
      groups.push(/:(test|development)\b/.test(line) && !/:production\b/.test(line));
      continue;
    }
    if (/^(\w+\b.*\bdo\b|do\b)/.test(line) && !line.startsWith('gem')) {
      groups.push(groups.at(-1) ?? false);
      continue;
    }
    if (line === 'end') {
      groups.pop();
      continue;
    }
    const match = /^gem\s+['"]([^'"]+)['"](?:\s*,\s*['"]([^'"]+)['"])?(?:\s*,\s*['"]([^'"]+)['"])?/.exec(
      line,
    );
    if (!match) continue;
    const constraint = [match[2], match[3]].filter(Boolean).join(', ') || undefined;
    const dev = groups.some(Boolean) || /group:\s*\[?\s*:(test|development)/.test(line);
    dependencies.push(
      withVersion(
        { ecosystem: 'gem', name: match[1]!, ...(dev ? { scope: 'dev' as const } : {}) },
        constraint,
      ),
    );
  }
  return dependencies;
}

/** Gemfile.lock: the `specs:` entries of each source section (`    name (1.2.3)`), with exact versions. */
export function parseGemfileLock(text: string): Dependency[] {
  const dependencies: Dependency[] = [];
  let inSpecs = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) inSpecs = false;
    if (/^ {2}specs:\s*$/.test(line)) {
      inSpecs = true;
      continue;
    }
    if (!inSpecs) continue;
    const match = /^ {4}([^\s(]+) \(([^)]+)\)\s*$/.exec(line);
    if (match)
      dependencies.push(
        withVersion(
          { ecosystem: 'gem', name: match[1]! },
          match[2]!.replace(/-[a-z0-9_]+(-[a-z0-9_]+)*$/i, ''),
        ),
      );
  }
  return dependencies;
}
