import { baseName } from '../tree-path.ts';

const testFolder =
  /(^|\/)(tests?|__tests__|specs?|testing|e2e|integration[-_]tests?|androidTest|testdata|test_?suite)\//i;
const testName =
  /([._-](test|spec)s?\.[a-z0-9]+$)|(^test_[^/]+\.py$)|(^[A-Z]\w*Tests?\.(java|kt|kts|cs|scala|swift|groovy|php)$)|(_spec\.rb$)|(^[A-Z]\w*Spec\.(scala|groovy|kt)$)|(_test\.(go|py|rb|exs|dart|cc|cpp|c)$)/;

/** True when a source file is a test, by its folder (`test/`, `__tests__/`, `spec/`…) or its name (`*.test.ts`, `*_test.go`, `test_*.py`, `FooTest.java`). */
export function isTestFile(path: string): boolean {
  return testFolder.test(path) || testName.test(baseName(path));
}
