import { DomainError } from '../core/errors.ts';
import { classify } from './read-registry-directory.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';

const payloadPaths = ['dpgs/index.json', 'nominees/index.json'];
const maxBytes = 50 * 1024 * 1024;

/**
 * Reads a registry over HTTP: a URL ending in `.json` is one file (an API payload, an application or a
 * record); any other URL is the base of the legacy API, read at `dpgs/index.json` and `nominees/index.json`.
 */
export async function fetchRegistry(url: string, fetchImpl: typeof fetch = fetch): Promise<RegistrySnapshot> {
  const base = new URL(url);
  const targets = base.pathname.endsWith('.json')
    ? [base]
    : payloadPaths.map((path) => new URL(path, base.href.endsWith('/') ? base : new URL(`${base.href}/`)));
  const snapshot: RegistrySnapshot = { files: [], renewals: new Map(), exclusions: new Map() };
  for (const target of targets) {
    const text = await download(target, fetchImpl);
    let parsed: { record?: unknown; error?: string };
    try {
      parsed = { record: JSON.parse(text) };
    } catch (error) {
      parsed = { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
    snapshot.files.push(...classify(target.href, parsed));
  }
  return snapshot;
}

async function download(url: URL, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: AbortSignal.timeout(60_000),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    throw new DomainError(
      'source_unreachable',
      `Could not reach ${url.href}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) {
    throw new DomainError(
      'source_unreachable',
      `${url.href} answered ${response.status} ${response.statusText}.`,
    );
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxBytes)
    throw new DomainError('invalid_input', `${url.href} is larger than ${maxBytes} bytes.`);
  const text = await response.text();
  if (text.length > maxBytes)
    throw new DomainError('invalid_input', `${url.href} is larger than ${maxBytes} bytes.`);
  return text;
}
