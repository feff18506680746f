/** Fuzzing harnesses, recognised by what their source says. Extend by adding a row. */
export const fuzzSignatures: readonly { tool: string; pattern: RegExp }[] = [
  { tool: 'Go fuzzing', pattern: /^func\s+Fuzz\w*\s*\(\s*\w+\s+\*testing\.F\s*\)/m },
  { tool: 'libFuzzer', pattern: /\bint\s+LLVMFuzzerTestOneInput\s*\(/ },
  { tool: 'cargo-fuzz', pattern: /\bfuzz_target!\s*\(/ },
  { tool: 'Atheris', pattern: /^\s*(import\s+atheris|from\s+atheris\s+import)\b/m },
  { tool: 'Jazzer', pattern: /^import\s+com\.code_intelligence\.jazzer\.|^\s*@FuzzTest\b/m },
  { tool: 'Jazzer.js', pattern: /(from\s+|require\(\s*)['"]@jazzer\.js\// },
  { tool: 'jsfuzz', pattern: /(from\s+|require\(\s*)['"]jsfuzz['"]/ },
  { tool: 'SharpFuzz', pattern: /^using\s+SharpFuzz\s*;/m },
  { tool: 'AFL', pattern: /__AFL_LOOP\s*\(|=\s*__AFL_FUZZ_TESTCASE_BUF/ },
];

/** Paths that are fuzzing set-ups by themselves: ClusterFuzzLite, cargo-fuzz crates, fuzz target folders. */
export const fuzzPath =
  /^\.clusterfuzzlite\/|(^|\/)fuzz\/Cargo\.toml$|(^|\/)(fuzz|fuzzing|fuzzers|fuzz_targets|fuzztests?)\/[^/]+\.(c|cc|cpp|rs|go|py|java|kt|js|ts|swift|cs)$|(^|\/)oss-fuzz\//i;

/** CI steps that run OSS-Fuzz or ClusterFuzzLite. */
export const fuzzInCi = /google\/oss-fuzz|google\/clusterfuzzlite|\bcifuzz\b/i;

/** The fuzzing tool a source text uses, if any (a quick test rules out most files before the patterns run). */
export function fuzzToolIn(text: string): string | undefined {
  if (!/uzz|AFL|jazzer/i.test(text)) return undefined;
  return fuzzSignatures.find((signature) => signature.pattern.test(text))?.tool;
}
