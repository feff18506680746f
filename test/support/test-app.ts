import path from 'node:path';
import { createApp } from '../../src/http/app.ts';
import { Catalog } from '../../src/services/catalog.ts';
import { importRegistry } from '../../src/services/import-registry.ts';
import { readRegistryDirectory } from '../../src/services/read-registry-directory.ts';
import { createTestDatabase, sharedData } from './test-database.ts';

/** A hostile record: markup and script in every text field a page shows. */
export const hostileRecord = {
  name: 'Hostile <script>alert("name")</script>',
  aliases: ['<img src=x onerror=alert(1)>'],
  description: '<script>alert("description")</script><b>bold</b>',
  website: 'javascript:alert(1)',
  license: [{ spdx: '<i>MIT</i>', licenseURL: 'javascript:alert(2)' }],
  SDGs: [{ SDGNumber: 3, evidenceText: '<iframe src="https://evil.example"></iframe>' }],
  sectors: ['<u>Health</u>'],
  type: ['software'],
  repositories: [{ name: '<b>repo</b>', url: '"><script>alert(3)</script>' }],
  organizations: [
    { name: '<svg onload=alert(4)>', website: 'https://example.org/"onmouseover="x', org_type: 'owner' },
  ],
  stage: 'nominee',
};

/** The app over a fresh database holding the real registry snapshot and one hostile record. */
export async function createTestApp() {
  const { db, close } = await createTestDatabase();
  const snapshot = await readRegistryDirectory(path.join(sharedData, 'dpg-registry'));
  snapshot.files.push({
    path: 'hostile.json',
    format: 'legacy',
    collection: 'nominees',
    key: 'hostile',
    record: hostileRecord,
  });
  await importRegistry(db, snapshot);
  const catalog = new Catalog(db);
  const app = createApp({ catalog, db, defaultLanguage: 'en', logError: () => {} });
  return { app, db, catalog, close };
}
