/** Continuous integration systems, recognised by the path of their configuration. Extend by adding a row. */
export const ciSystems: readonly { system: string; path: RegExp }[] = [
  { system: 'GitHub Actions', path: /^\.github\/workflows\/[^/]+\.ya?ml$/i },
  { system: 'GitLab CI', path: /^(\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml)$/i },
  { system: 'Jenkins', path: /(^|\/)jenkinsfile(\.[^/]+)?$/i },
  { system: 'CircleCI', path: /^\.circleci\/config\.ya?ml$/i },
  {
    system: 'Azure Pipelines',
    path: /^(azure-pipelines[^/]*\.ya?ml|\.azure-pipelines\/.+\.ya?ml|\.azure\/pipelines\/.+\.ya?ml|\.pipelines\/[^/]+\.ya?ml)$/i,
  },
  { system: 'Travis CI', path: /^\.travis\.ya?ml$/i },
  { system: 'Bitbucket Pipelines', path: /^bitbucket-pipelines\.ya?ml$/i },
  { system: 'Drone', path: /^\.drone\.(ya?ml|jsonnet|star)$/i },
  { system: 'Woodpecker', path: /^\.woodpecker(\.ya?ml|\/[^/]+\.ya?ml)$/i },
  { system: 'AppVeyor', path: /^\.?appveyor\.ya?ml$/i },
  { system: 'Buildkite', path: /^\.buildkite\/[^/]*pipeline[^/]*\.ya?ml$/i },
  { system: 'Cirrus CI', path: /^\.cirrus\.(ya?ml|star)$/i },
  { system: 'Semaphore', path: /^\.semaphore\/[^/]+\.ya?ml$/i },
  { system: 'Google Cloud Build', path: /^cloudbuild\.(ya?ml|json)$/i },
  { system: 'AWS CodeBuild', path: /^buildspec\.ya?ml$/i },
  { system: 'Forgejo Actions', path: /^\.forgejo\/workflows\/[^/]+\.ya?ml$/i },
  { system: 'Gitea Actions', path: /^\.gitea\/workflows\/[^/]+\.ya?ml$/i },
  { system: 'sourcehut builds', path: /^(\.build\.ya?ml|\.builds\/[^/]+\.ya?ml)$/i },
  { system: 'TeamCity', path: /^\.teamcity\/settings\.kts$/i },
  { system: 'Zuul', path: /^(\.?zuul\.ya?ml|\.?zuul\.d\/[^/]+\.ya?ml)$/i },
  { system: 'Codemagic', path: /^codemagic\.ya?ml$/i },
];

/** The CI system a path configures, if any. */
export function ciSystemOf(path: string): string | undefined {
  return ciSystems.find((row) => row.path.test(path))?.system;
}

/** Commands that run a test suite, for any common language and build tool. Extend by adding a pattern. */
export const testCommands: readonly RegExp[] = [
  /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(test|tests|check)(:[\w:-]+)?\b/,
  /\b(npx|pnpx|bunx)\s+(jest|vitest|mocha|ava|playwright\s+test|cypress\s+run|tap)\b/,
  /\bnode\s+--test\b/,
  /\b(deno|bun)\s+test\b/,
  /\bpytest\b|\bpython[\d.]*\s+-m\s+(pytest|unittest)\b|\btox\b|\bnox\b|\bmanage\.py\s+test\b/,
  /\bgo\s+test\b/,
  /\b(mvn|mvnw|\.\/mvnw)\b[^\n]*\b(test|verify|install)\b/,
  /\b(gradle|gradlew|\.\/gradlew)\b[^\n]*\b(test|check|build|connectedCheck)\b/,
  /\bcargo\s+(test|nextest)\b/,
  /\bdotnet\s+test\b/,
  /\bmake\s+(test|check|tests)\b|\bctest\b/,
  /\bphpunit\b|\bcomposer\s+(run(-script)?\s+)?test\b|\bpest\b/,
  /\brspec\b|\brake\s+(test|spec)\b|\brails\s+test\b/,
  /\bmix\s+test\b|\brebar3\s+(eunit|ct)\b/,
  /\b(flutter|dart)\s+test\b|\bswift\s+test\b|\bxcodebuild\b[^\n]*\btest\b/,
  /\bsbt\b[^\n]*\btest\b|\blein\s+test\b|\bstack\s+test\b|\bcabal\s+test\b/,
  /\bR\s+CMD\s+check\b|\bdevtools::test\b|\btestthat\b/,
  /\bbehave\b|\bcucumber\b|\brobot\s+\S/,
];

/** The first line of a CI file that runs tests (skipping lines that disable them), or undefined. */
export function testCommandLine(text: string): { line: number; text: string } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*#/.test(line) || /skipTests|maven\.test\.skip=true|-x\s+test\b/.test(line)) continue;
    if (testCommands.some((pattern) => pattern.test(line))) return { line: i + 1, text: line.trim() };
  }
  return undefined;
}

/** Static analysis and security scanning tools, recognised in CI configurations. Extend by adding a row. */
export const staticAnalysisTools: readonly { tool: string; pattern: RegExp }[] = [
  { tool: 'CodeQL', pattern: /github\/codeql-action|\bcodeql\b/i },
  { tool: 'Semgrep', pattern: /\bsemgrep\b/i },
  { tool: 'SonarCloud', pattern: /sonarcloud|sonarsource\/sonarcloud/i },
  { tool: 'SonarQube', pattern: /sonarqube|sonar-scanner|sonarsource\/sonarqube|sonar\.projectKey/i },
  { tool: 'Snyk', pattern: /\bsnyk\b/i },
  { tool: 'OpenSSF Scorecard', pattern: /ossf\/scorecard-action/i },
  { tool: 'Trivy', pattern: /\btrivy\b/i },
  { tool: 'Grype', pattern: /\bgrype\b|anchore\/scan-action/i },
  { tool: 'OSV-Scanner', pattern: /osv-scanner/i },
  { tool: 'gosec', pattern: /\bgosec\b/i },
  { tool: 'govulncheck', pattern: /\bgovulncheck\b/i },
  { tool: 'staticcheck', pattern: /\bstaticcheck\b/i },
  { tool: 'Bandit', pattern: /\bbandit\b/i },
  { tool: 'pip-audit', pattern: /\bpip-audit\b/i },
  { tool: 'Brakeman', pattern: /\bbrakeman\b/i },
  { tool: 'SpotBugs', pattern: /\bspotbugs\b/i },
  { tool: 'PMD', pattern: /\bpmd\b/i },
  { tool: 'PHPStan', pattern: /\bphpstan\b/i },
  { tool: 'Psalm', pattern: /\bpsalm\b/i },
  { tool: 'Infer', pattern: /facebook\/infer|\binfer\s+run\b/i },
  { tool: 'Coverity', pattern: /\bcoverity\b/i },
  { tool: 'cppcheck', pattern: /\bcppcheck\b/i },
  { tool: 'Codacy', pattern: /\bcodacy\b/i },
  { tool: 'DeepSource', pattern: /\bdeepsource\b/i },
  { tool: 'Qodana', pattern: /\bqodana\b/i },
  { tool: 'Gitleaks', pattern: /\bgitleaks\b/i },
  { tool: 'TruffleHog', pattern: /\btrufflehog\b/i },
  { tool: 'OWASP Dependency-Check', pattern: /dependency-check/i },
  { tool: 'Checkov', pattern: /\bcheckov\b/i },
  { tool: 'tfsec', pattern: /\btfsec\b/i },
  { tool: 'cargo-audit', pattern: /cargo[- ]audit/i },
  { tool: 'npm audit', pattern: /\b(npm|pnpm|yarn)\s+audit\b/i },
  { tool: 'zizmor', pattern: /\bzizmor\b/i },
  { tool: 'GitLab SAST', pattern: /SAST\.gitlab-ci\.yml|Security\/SAST/ },
  { tool: 'Fortify', pattern: /\bfortify\b/i },
  { tool: 'Veracode', pattern: /\bveracode\b/i },
];
