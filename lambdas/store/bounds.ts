import { keyHash } from './ids';

/**
 * Bounds on text the store keeps from articles and feeds.
 *
 * DynamoDB refuses a partition key value over 2,048 bytes and a sort key over
 * 1,024 bytes (on the indexes too), so a 10,000-character speaker name, word
 * or title that became part of a key would fail the whole write. Text that
 * goes into a key is bounded by UTF-8 bytes here; text that is only shown is
 * clipped to a length a reader can take in.
 */

/** Bytes of a name or term kept in a key: well under the sort-key limit with the key's own prefix and suffixes. */
export const KEY_TEXT_MAX_BYTES = 200;
/** Characters of a name or title kept for display. */
export const DISPLAY_TEXT_MAX = 200;

const HASH_LENGTH = 13; // 65 bits: distinct long names sharing their first bytes stay distinct
const HASH_MARK = '~';

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes, never splitting a character. */
export function utf8Prefix(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Text as it may appear inside a key: unchanged when it fits in `maxBytes`
 * (so keys written before this bound still match), otherwise a prefix and a
 * short hash of the whole text. The prefix keeps begins_with lookups (the
 * speaker directory) working; the hash keeps distinct names apart.
 */
export function keyText(text: string, maxBytes = KEY_TEXT_MAX_BYTES): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  return `${utf8Prefix(text, maxBytes - HASH_LENGTH - HASH_MARK.length)}${HASH_MARK}${keyHash(text, HASH_LENGTH)}`;
}

/** A name or title clipped for display, with an ellipsis when cut. */
export function displayText(text: string, max = DISPLAY_TEXT_MAX): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
