import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ciSystemOf, testCommandLine } from './ci-systems.ts';
import { isTestFile } from './test-files.ts';

test('CI systems by configuration path', () => {
  const cases: [string, string | undefined][] = [
    ['.github/workflows/ci.yml', 'GitHub Actions'],
    ['.gitlab-ci.yml', 'GitLab CI'],
    ['Jenkinsfile', 'Jenkins'],
    ['.circleci/config.yml', 'CircleCI'],
    ['azure-pipelines.yml', 'Azure Pipelines'],
    ['.travis.yml', 'Travis CI'],
    ['bitbucket-pipelines.yml', 'Bitbucket Pipelines'],
    ['.drone.yml', 'Drone'],
    ['.woodpecker/test.yaml', 'Woodpecker'],
    ['src/ci.yml', undefined],
  ];
  for (const [path, system] of cases) assert.equal(ciSystemOf(path), system, path);
});

test('test commands in CI scripts', () => {
  assert.deepEqual(testCommandLine('steps:\n  - run: npm ci\n  - run: npm test\n'), {
    line: 3,
    text: '- run: npm test',
  });
  for (const command of [
    'pytest -q',
    'go test ./...',
    'mvn -B verify',
    './gradlew check',
    'cargo test --all',
    'dotnet test',
    'bundle exec rspec',
    'python -m unittest',
    'mix test',
  ]) {
    assert.ok(testCommandLine(`script: ${command}`), command);
  }
  assert.equal(testCommandLine('run: npm run build\nrun: mvn install -DskipTests'), undefined);
});

test('test files by folder or name', () => {
  for (const path of [
    'test/a.ts',
    'src/__tests__/x.js',
    'a.test.ts',
    'pkg/x_test.go',
    'tests/test_x.py',
    'test_app.py',
    'src/FooTest.java',
    'spec/models/user_spec.rb',
  ])
    assert.ok(isTestFile(path), path);
  for (const path of ['src/app.ts', 'contest.py', 'src/attestation.go']) assert.ok(!isTestFile(path), path);
});
