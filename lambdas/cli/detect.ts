/**
 * HTML or plain text? Asked when the user gives neither --html nor --text.
 * A Content-Type from the server decides when it is specific; otherwise the
 * content does: a document that starts with markup, or that uses several
 * common tags, is HTML. Pasted text rarely has a tag, and one stray "<b>" in
 * an e-mail should not send it through Readability.
 */

const DOCUMENT_START =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<head[\s>]|<body[\s>])/i;
const COMMON_TAG =
  /<\/?(?:p|div|span|a|br|article|section|main|header|footer|nav|h[1-6]|ul|ol|li|img|table|meta|link|script|style|title)\b[^>]*>/gi;

export function looksLikeHtml(content: string, contentType?: string): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return true;
  if (mediaType === 'text/plain' || mediaType === 'text/markdown') return false;
  const head = content.slice(0, 100_000).replace(/^\uFEFF/, '');
  if (DOCUMENT_START.test(head)) return true;
  let tags = 0;
  for (const _ of head.matchAll(COMMON_TAG)) if (++tags >= 3) return true;
  return false;
}
