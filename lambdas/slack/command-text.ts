/**
 * Cleaning and reading the text a user typed after `/news`.
 * Slack sends links as `<https://x|label>` or `<https://x>`, users paste
 * zero-width and bidi characters with copied text, and some clients add
 * control characters: none of them should change what a command means.
 */

// Control characters (except tab/newline), zero-width spaces, bidi marks and controls, BOM.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// The zero-width joiner and non-joiner (U+200C, U+200D) mean something after an
// emoji (👩‍👩‍👧) or in scripts such as Persian and Hindi; after plain ASCII or at
// the start they only hide letters ("h\u200delp"), so those go.
const STRAY_JOINER = /(?<=^|[\u0000-\u007f])[\u200c\u200d]+/g;

export function cleanCommandText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `<https://x|label>` and `<https://x>` → `https://x`; mentions are left as they are. */
export function unwrapSlackLinks(text: string): string {
  return text.replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/gi, '$1');
}

/** Split off the first word (the subcommand), lower-cased. */
export function splitSubcommand(text: string): { name: string; args: string } {
  const cleaned = cleanCommandText(text);
  const match = /^(\S+)\s*([\s\S]*)$/.exec(cleaned);
  if (!match) return { name: '', args: '' };
  return { name: match[1]!.toLowerCase(), args: match[2]!.trim() };
}

/** The URL when `args` is a single http(s) URL (in any form Slack sends it). */
export function singleUrl(args: string): string | undefined {
  const text = unwrapSlackLinks(args).trim();
  if (!/^https?:\/\/\S+$/i.test(text)) return undefined;
  try {
    return new URL(text).toString();
  } catch {
    return undefined;
  }
}

/** Whether the text looks like a URL attempt that is not a valid http(s) URL. */
export function looksLikeBrokenUrl(args: string): boolean {
  const text = unwrapSlackLinks(args).trim();
  if (/\s/.test(text)) return false;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^www\./i.test(text);
}
