import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './url-guard';

/** How much of a response body an attempt's log keeps, at most. */
export const responseSnippetLength = 500;

/**
 * A DNS lookup that answers with the addresses the guard checked, so the connection goes where the check
 * looked (no second resolution an attacker's DNS could answer differently).
 */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const candidates = options.family
      ? addresses.filter((entry) => entry.family === options.family)
      : [...addresses];
    if (options.all) {
      callback(
        null,
        candidates.map((entry) => ({ address: entry.address, family: entry.family })),
      );
      return;
    }
    const first = candidates[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error('No checked address for this host.');
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
      return;
    }
    callback(null, first.address, first.family);
  };
}

/**
 * POSTs a body to the URL, connecting only to the given addresses, without following redirects. Resolves with
 * the status and the start of the response body; rejects on network errors and after `timeoutMs` in all.
 */
export function postToAddresses(input: {
  url: URL;
  addresses: readonly ResolvedAddress[];
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}): Promise<{ statusCode: number; snippet: string }> {
  const client = input.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      input.url,
      {
        method: 'POST',
        headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
        lookup: pinnedLookup(input.addresses),
        agent: false,
        signal: AbortSignal.timeout(input.timeoutMs),
      },
      (response) => {
        let snippet = '';
        const settle = () =>
          resolve({ statusCode: response.statusCode ?? 0, snippet: snippet.slice(0, responseSnippetLength) });
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          snippet += chunk;
          // Enough for the log: stop reading a large answer.
          if (snippet.length >= responseSnippetLength) {
            settle();
            response.destroy();
          }
        });
        response.on('end', settle);
        response.on('error', reject);
      },
    );
    request.on('error', (error: Error) =>
      reject(
        error.name === 'AbortError' ? new Error(`No answer within ${input.timeoutMs / 1000} s.`) : error,
      ),
    );
    request.end(input.body);
  });
}

/**
 * GETs the URL, connecting only to the given addresses, without following redirects (a redirect is an
 * answer like any other: its status is returned). Rejects on network errors, after `timeoutMs` in all, and
 * when the body grows past `maxBytes`.
 */
export function getFromAddresses(input: {
  url: URL;
  addresses: readonly ResolvedAddress[];
  timeoutMs: number;
  maxBytes: number;
}): Promise<{ statusCode: number; body: Buffer }> {
  const client = input.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      input.url,
      {
        method: 'GET',
        lookup: pinnedLookup(input.addresses),
        agent: false,
        signal: AbortSignal.timeout(input.timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > input.maxBytes) {
            response.destroy();
            reject(new Error(`The file is larger than ${input.maxBytes / 1024 / 1024} MB.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error: Error) =>
      reject(
        error.name === 'AbortError' ? new Error(`No answer within ${input.timeoutMs / 1000} s.`) : error,
      ),
    );
    request.end();
  });
}
