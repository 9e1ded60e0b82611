import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Large values leave DynamoDB's 400 KB item limit behind by being gzipped
 * and, when still too large, split into chunks stored as separate items.
 * JSON round-trips strings exactly (lone surrogates included, as \u escapes),
 * so a body comes back byte for byte.
 */

/** Chunk size: leaves room under 400 KB for the keys and attribute names of the item. */
export const CHUNK_BYTES = 350 * 1024;

export function packJson(value: unknown): Uint8Array {
  return gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 6 });
}

export function unpackJson(bytes: Uint8Array): unknown {
  return JSON.parse(gunzipSync(bytes).toString('utf8'));
}

export function splitChunks(bytes: Uint8Array, size = CHUNK_BYTES): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return chunks.length > 0 ? chunks : [new Uint8Array()];
}

export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}
