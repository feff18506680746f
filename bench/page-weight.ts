import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** One resource as a browser asking for `gzip, br` would receive it. */
export interface Transfer {
  path: string;
  status: number;
  encoding: string;
  /** Body bytes on the wire (compressed when the server compressed). */
  bodyBytes: number;
  /** Status line and headers. */
  headerBytes: number;
  /** Body bytes once decoded. */
  decodedBytes: number;
}

export interface PageWeight {
  resources: Transfer[];
  /** Products listed on the page. */
  results: number;
  bodyBytes: number;
  totalBytes: number;
}

/** The catalogue page with its 20 results, and the stylesheet and script it links. */
export const pageResources = ['/products', '/static/app.css', '/static/app.js'];

function decode(body: Buffer, encoding: string): Buffer {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

/** Fetches one URL without decoding it, counting what crossed the wire. */
export function transfer(base: string, path: string): Promise<Transfer & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, base),
      { headers: { 'accept-encoding': 'gzip, br', accept: 'text/html,*/*' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          let headerBytes = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length;
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            headerBytes += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
          const body = decode(wire, encoding);
          resolve({
            path,
            status: res.statusCode ?? 0,
            encoding,
            bodyBytes: wire.length,
            headerBytes,
            decodedBytes: body.length,
            body,
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Weighs the catalogue page and its assets as transferred with `accept-encoding: gzip, br`. */
export async function pageWeight(base: string): Promise<PageWeight> {
  const resources: Transfer[] = [];
  let results = 0;
  for (const path of pageResources) {
    const { body, ...counted } = await transfer(base, path);
    if (counted.status !== 200) throw new Error(`${path} answered ${counted.status}`);
    if (path === '/products') results = body.toString('utf8').split('class="product-card"').length - 1;
    resources.push(counted);
  }
  const bodyBytes = resources.reduce((sum, resource) => sum + resource.bodyBytes, 0);
  return {
    resources,
    results,
    bodyBytes,
    totalBytes: bodyBytes + resources.reduce((sum, resource) => sum + resource.headerBytes, 0),
  };
}
