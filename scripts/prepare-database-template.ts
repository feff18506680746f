// Run by `npm install` / `npm ci` (the "prepare" script): saves an initialised empty PGlite data folder
// so that the first start and first import skip initdb. Never fails the install: without the template,
// databases are simply created the slow way.
import { writeDatabaseTemplate } from '../src/storage/database-template.ts';

try {
  const file = await writeDatabaseTemplate();
  console.log(`Embedded database template ready: ${file}`);
} catch (error) {
  console.warn(
    `Skipped the embedded database template: ${error instanceof Error ? error.message : String(error)}`,
  );
}
