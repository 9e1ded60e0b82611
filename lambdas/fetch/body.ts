import { errorCode } from '../core/errors';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError, formatBytes } from './errors';

/**
 * Read a response body into memory with a hard cap, enforced while the bytes
 * arrive: on the wire and again after decompression, so a small gzip bomb
 * that would inflate to gigabytes is stopped at the cap, not after.
 */
export async function readLimitedBody(
  response: IncomingMessage,
  options: { maxBytes: number; host: string; signal: AbortSignal },
): Promise<Uint8Array> {
  const { maxBytes, host } = options;
  // Remembered here because a stage that fails a pipeline can surface as a bare AbortError.
  let refusal: FetchError | undefined;
  const tooLarge = () =>
    (refusal = new FetchError(
      'too_large',
      `The page at ${host} is larger than the ${formatBytes(maxBytes)} I can read.`,
    ));

  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }

  const stages: Array<Readable | Transform> = [response, countingStage(maxBytes, tooLarge)];
  const decoder = decoderFor(response.headers['content-encoding'], host);
  if (decoder) stages.push(decoder);

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // pipeline's overloads can't type a variable-length list of stages; the stages are checked above.
    const run = pipeline as unknown as (...args: unknown[]) => Promise<void>;
    await run(
      ...stages,
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          total += chunk.length;
          if (total > maxBytes) throw tooLarge();
          chunks.push(chunk);
        }
      },
      { signal: options.signal },
    );
  } catch (error) {
    if (refusal) throw refusal;
    if (error instanceof FetchError || options.signal.aborted) throw error;
    if (decoder && isZlibError(error)) {
      throw new FetchError('bad_encoding', `The page at ${host} was sent with broken compression.`, { cause: error });
    }
    throw new FetchError(
      'connection_failed',
      `I couldn't read the page at ${host} (the connection closed before it finished).`,
      {
        cause: error,
      },
    );
  }
  const body = Buffer.concat(chunks, total);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/** Counts bytes as they pass and fails the stream once they exceed the cap. */
function countingStage(maxBytes: number, tooLarge: () => FetchError): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(tooLarge());
      else callback(null, chunk);
    },
  });
}

/** A decompressor for the Content-Encoding, none for identity; refuse encodings we never asked for. */
function decoderFor(header: string | undefined, host: string): Transform | undefined {
  const encoding = (header ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  throw new FetchError(
    'bad_encoding',
    `The page at ${host} was sent with a compression I can't read (${encoding.slice(0, 20)}).`,
  );
}

function isZlibError(error: unknown): boolean {
  return errorCode(error)?.startsWith('Z_') === true;
}
