// Runs the storage, service and HTTP tests a second time against a real PostgreSQL server,
// when TEST_POSTGRES_URL names one (.ci/run starts one on loopback). Skips, saying so, otherwise.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_POSTGRES_URL;
if (!url) {
  console.log('PostgreSQL run skipped: TEST_POSTGRES_URL is not set (.ci/run sets it).');
  process.exit(0);
}
const files = [
  'src/storage/**/*.test.ts',
  'src/services/**/*.test.ts',
  'src/http/**/*.test.ts',
  'test/personal-data.test.ts',
  'test/isolation.test.ts',
];
console.log(`Running ${files.join(' ')} against PostgreSQL.`);
const result = spawnSync(process.execPath, ['--test', ...files], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(result.status ?? 1);
