import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseWorkflow, isPinned } from './workflow-hardening.ts';

const risky = `name: PR
on:
  pull_request_target:
permissions: write-all
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@v4
      - uses: some-org/deploy-action@v2
      - uses: other-org/lint@8f4b7f84864484a7bf31766abe9204da3cbe65b3
      - uses: ./local-action
      - run: npm test
  call:
    uses: some-org/workflows/.github/workflows/ci.yml@main
`;

test('write-all permissions, unpinned third-party actions and a pull_request_target checkout of the head', () => {
  const findings = analyseWorkflow(risky);
  assert.deepEqual(findings.permissions, [{ problem: 'top-level permissions: write-all', line: 4 }]);
  assert.deepEqual(findings.unpinned, [
    { line: 13, action: 'some-org/deploy-action@v2' },
    { line: 18, action: 'some-org/workflows/.github/workflows/ci.yml@main' },
  ]);
  assert.deepEqual(findings.dangerous, [
    { line: 11, excerpt: 'actions/checkout with ref: ${{ github.event.pull_request.head.sha }}' },
  ]);
});

test('a hardened workflow has no findings; a missing permissions block is one', () => {
  const hardened =
    'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
  assert.deepEqual(analyseWorkflow(hardened), { permissions: [], unpinned: [], dangerous: [] });
  assert.deepEqual(analyseWorkflow('on: push\njobs: {}\n').permissions, [
    { problem: 'no top-level permissions block' },
  ]);
});

test('pull_request (not _target) checkouts are not dangerous; bad YAML is reported, not thrown', () => {
  const safe = risky.replace('pull_request_target', 'pull_request');
  assert.deepEqual(analyseWorkflow(safe).dangerous, []);
  assert.match(analyseWorkflow('on: [push\n').error ?? '', /./);
});

test('pins are full commit SHAs or image digests', () => {
  assert.ok(isPinned('a/b@8f4b7f84864484a7bf31766abe9204da3cbe65b3'));
  assert.ok(!isPinned('a/b@v1'));
  assert.ok(isPinned(`docker://alpine@sha256:${'a'.repeat(64)}`));
  assert.ok(!isPinned('docker://alpine:3'));
});
