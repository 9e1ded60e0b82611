/**
 * Bytes to text: every parser downstream (HTML, XML feeds) takes a string, so
 * the charset must be decided here, once, the way browsers decide it.
 *
 * Order (WHATWG "encoding sniffing", simplified): a byte-order mark wins,
 * then the HTTP Content-Type charset, then a declaration inside the first
 * bytes (`<meta charset>`, `<meta http-equiv="Content-Type">`, or the XML
 * declaration), then a guess: UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what browsers use for undeclared Western pages, and a
 * superset of Latin-1).
 *
 * TextDecoder (Node 20 with full ICU) supports every WHATWG label, so
 * "latin1", "iso-8859-1" and "windows-1251" all resolve without a table here.
 */

/** Where the charset came from, so callers (e.g. the feed poller) can log or override it. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml' | 'utf8-valid' | 'fallback';

export interface DetectedCharset {
  /** A WHATWG encoding name as TextDecoder reports it, e.g. "utf-8", "windows-1251". */
  charset: string;
  source: CharsetSource;
  /** Bytes to skip before decoding (the BOM's length). */
  bomLength: number;
}

/** How far into the document a declaration is searched for (browsers use 1024; pages with long heads exist). */
const PRESCAN_BYTES = 4096;

/** The canonical name for a label, or undefined when TextDecoder does not know it. */
export function normalizeCharset(label: string | undefined | null): string | undefined {
  if (!label) return undefined;
  const cleaned = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type header value, if it names a known encoding. */
export function charsetFromContentType(contentType: string | undefined | null): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return normalizeCharset(match?.[2]);
}

function bomCharset(bytes: Uint8Array): { charset: string; bomLength: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', bomLength: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', bomLength: 2 };
  return undefined;
}

/**
 * A declaration in the first bytes. The head is read as Latin-1, which maps
 * each byte to one character, so ASCII markup is found whatever the real
 * encoding is (every charset we handle is ASCII-compatible for markup).
 */
function declaredCharset(bytes: Uint8Array): { charset: string; source: 'meta' | 'xml' } | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) {
    const charset = normalizeCharset(xml[1]);
    if (charset) return { charset, source: 'xml' };
  }
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
    if (!direct) continue;
    let charset = normalizeCharset(direct[1]);
    if (!charset) continue;
    // A page can't really be UTF-16 if its ASCII markup was readable byte by byte (HTML spec).
    if (charset.startsWith('utf-16')) charset = 'utf-8';
    return { charset, source: 'meta' };
  }
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decide the charset of a document from its bytes and (optionally) its HTTP Content-Type. */
export function detectCharset(bytes: Uint8Array, contentType?: string): DetectedCharset {
  const bom = bomCharset(bytes);
  if (bom) return { ...bom, source: 'bom' };
  const header = charsetFromContentType(contentType);
  if (header) return { charset: header, source: 'header', bomLength: 0 };
  const declared = declaredCharset(bytes);
  if (declared) return { ...declared, bomLength: 0 };
  if (isValidUtf8(bytes)) return { charset: 'utf-8', source: 'utf8-valid', bomLength: 0 };
  return { charset: 'windows-1252', source: 'fallback', bomLength: 0 };
}

/**
 * windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €, …). Node 20's
 * TextDecoder takes a Latin-1 fast path for this label and returns C1 control
 * characters there instead, which would garble every quotation mark of a
 * Western page; so those 32 bytes are mapped here (5 are unassigned and stay
 * as their control character, as in browsers).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Decode document bytes to a string with the charset `detectCharset` picks; never throws on bad bytes. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  const { charset, bomLength } = detectCharset(bytes, contentType);
  const body = bytes.subarray(bomLength);
  if (charset === 'windows-1252') return decodeWindows1252(body);
  return new TextDecoder(charset).decode(body);
}
