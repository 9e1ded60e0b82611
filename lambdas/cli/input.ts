import { errorCode } from '../core/errors';
import { readFile } from 'node:fs/promises';
import { decodeBytes } from '../core/decode';
import { safeFetch, type SafeFetchOptions } from '../fetch/index';

/** What the CLI read: the decoded document and what it knows about where it came from. */
export interface LoadedInput {
  content: string;
  /** The Content-Type a server sent, when the input was a URL. */
  contentType?: string;
  /** The final URL after redirects, when the input was a URL. */
  url?: string;
}

/** What the CLI can analyze from the web: pages and text, not PDFs or images. */
export const READABLE_CONTENT_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/xml',
  'application/xml',
] as const;

export function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Read all of a stream (stdin) as bytes. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Load a file, a URL (through the SSRF-safe fetcher) or stdin ("-"), and
 * decode the bytes with the page's own charset rules.
 */
export async function loadInput(
  source: string,
  stdin: AsyncIterable<Uint8Array | string>,
  fetchOptions: SafeFetchOptions = {},
): Promise<LoadedInput> {
  if (source === '-') return { content: decodeBytes(await readAll(stdin)) };
  if (isWebAddress(source)) {
    const response = await safeFetch(source, { allowedContentTypes: READABLE_CONTENT_TYPES, ...fetchOptions });
    return {
      content: decodeBytes(response.bytes, response.contentType),
      contentType: response.contentType,
      url: response.url,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'unreadable';
    throw new Error(`I couldn't read ${source} (${why}).`, { cause: error });
  }
  return { content: decodeBytes(bytes) };
}
