import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');
const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves the files of http/static/ from memory under /static/, with ETags. Read once at start. */
export function registerStaticFiles(app: Hono<AppEnv>): void {
  for (const name of readdirSync(folder)) {
    const body = readFileSync(path.join(folder, name));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const type = types[path.extname(name)] ?? 'application/octet-stream';
    app.get(`/static/${name}`, (c) => {
      const asked = (c.req.header('if-none-match') ?? '')
        .split(',')
        .map((tag) => tag.trim().replace(/^W\//, ''));
      if (asked.includes(etag)) return c.body(null, 304, { etag });
      return c.body(body, 200, { 'content-type': type, etag, 'cache-control': 'public, max-age=3600' });
    });
  }
}
