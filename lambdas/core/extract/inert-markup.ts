import { cutMarkup, type MarkupRules } from './markup-scan';

/**
 * Markup that never becomes article text, cut from the HTML string before it
 * is parsed: code (`<script>` other than JSON-LD, which the metadata reads),
 * `<style>` sheets, inline `<svg>` drawings and comments. On modern pages they
 * are most of the bytes (one page of the dev set is 1.1 MB of inline CSS), and
 * every one of their nodes would be built, walked by each selector and by
 * Readability, then thrown away.
 *
 * Each element ends where an HTML parser ends it: a script or style sheet at
 * the first closing tag of its name (a script's "</script>" inside a string
 * ends it too), a drawing at its first `</svg` (or at its own `/>`). The
 * scan (markup-scan.ts) reads tags as the parser does, so a "<script" inside
 * an attribute value or a title is text, not a script; an element or comment
 * left open makes the rest of the page stay as it is, never a rescan. The
 * extraction runs this rule and unread-attributes.ts's in one scan.
 */
export const INERT_MARKUP: Pick<MarkupRules, 'elements' | 'comments'> = {
  elements: { names: new Set(['script', 'style', 'svg']), keepsElement: isJsonLd },
  comments: true,
};

function isJsonLd(tag: string): boolean {
  return /^<script\b/i.test(tag) && /\btype\s*=\s*["']?application\/ld\+json/i.test(tag);
}

export function withoutInertMarkup(html: string): string {
  return cutMarkup(html, INERT_MARKUP);
}
