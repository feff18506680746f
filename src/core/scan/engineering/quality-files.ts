import { baseName } from '../tree-path.ts';

/** Lint configurations, by file name. Extend by adding a pattern. */
export const lintConfig =
  /^(\.eslintrc(\.(js|cjs|mjs|json|ya?ml))?|eslint\.config\.(js|cjs|mjs|ts|mts|cts)|\.pylintrc|pylintrc|\.flake8|\.?ruff\.toml|\.golangci\.(ya?ml|toml|json)|\.rubocop\.ya?ml|checkstyle[^/]*\.xml|\.stylelintrc(\..+)?|stylelint\.config\.[cm]?js|tslint\.json|\.jshintrc|\.clang-tidy|\.?clippy\.toml|\.swiftlint\.ya?ml|\.?phpcs\.xml(\.dist)?|scalastyle[-_]config\.xml|detekt\.ya?ml|\.credo\.exs|\.markdownlint(rc|\.jsonc?|\.ya?ml|-cli2\.(jsonc|ya?ml|cjs))?|\.hadolint\.ya?ml|\.yamllint(\.ya?ml)?|biome\.jsonc?|\.shellcheckrc|\.htmlhintrc|\.lintr|\.sqlfluff|\.editorconfig-checker\.json|pmd[-_]?ruleset\.xml|\.oxlintrc\.json|\.luacheckrc|\.hlint\.yaml|\.ktlint|\.vale\.ini)$/i;

/** Format configurations, by file name. Extend by adding a pattern. */
export const formatConfig =
  /^(\.prettierrc(\..+)?|prettier\.config\.(js|cjs|mjs|ts)|\.editorconfig|\.clang-format|\.?rustfmt\.toml|\.isort\.cfg|\.scalafmt\.conf|\.php-cs-fixer(\.dist)?\.php|\.php_cs(\.dist)?|\.?stylua\.toml|\.?dprint\.jsonc?|biome\.jsonc?|\.swiftformat|\.jsbeautifyrc|\.csharpierrc(\.json|\.ya?ml)?|\.style\.yapf|\.formatter\.exs|\.cljfmt\.edn|\.ocamlformat|fourmolu\.yaml|\.stylish-haskell\.yaml|\.fantomasrc|\.gersemirc|\.cmake-format\.(py|ya?ml|json))$/i;

/** Sections of pyproject.toml, setup.cfg and tox.ini that configure a linter or a formatter. */
export const pythonToolSections = {
  lint: /^\[(tool\.ruff(\.lint)?|tool\.pylint[^\]]*|tool\.flake8|flake8|pylint[^\]]*|tool\.mypy|mypy|pycodestyle|pydocstyle)\]/m,
  format: /^\[(tool\.black|tool\.isort|isort|tool\.yapf|yapf|tool\.ruff\.format)\]/m,
};

/** Dependency update bots, by configuration path. Extend by adding a row. */
export const dependencyUpdateTools: readonly { tool: string; path: RegExp }[] = [
  { tool: 'Dependabot', path: /^(\.github\/dependabot\.ya?ml|\.dependabot\/config\.ya?ml)$/i },
  {
    tool: 'Renovate',
    path: /^(renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/i,
  },
  { tool: 'PyUp', path: /^\.pyup\.ya?ml$/i },
  { tool: 'Depfu', path: /^\.depfu\.ya?ml$/i },
];

/** Lockfiles of package managers, by file name. */
export const lockfileNames = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'deno.lock',
  'cargo.lock',
  'gemfile.lock',
  'composer.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'go.sum',
  'gradle.lockfile',
  'packages.lock.json',
  'mix.lock',
  'pubspec.lock',
  'podfile.lock',
  'flake.lock',
  'conan.lock',
  'package.resolved',
  'cabal.project.freeze',
  'stack.yaml.lock',
  'manifest.toml',
]);

/** True for a lockfile name (Julia's Manifest.toml included). */
export function isLockfile(path: string): boolean {
  return lockfileNames.has(baseName(path).toLowerCase());
}

/** True for a lint configuration file. */
export function isLintConfig(path: string): boolean {
  return lintConfig.test(baseName(path));
}

/** True for a format configuration file. */
export function isFormatConfig(path: string): boolean {
  return formatConfig.test(baseName(path));
}
