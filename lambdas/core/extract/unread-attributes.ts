/**
 * Attributes no stage reads, cut from the HTML before it is parsed.
 *
 * linkedom builds every attribute as a node of its own (an object, an event
 * target entry, a place in the element's linked list), and every subtree walk
 * of the extraction (`textContent`, selectors, Readability's passes) steps
 * over the attribute nodes of each element it passes. Pages carry many
 * attributes that nothing here reads: analytics tags (`data-track-*`,
 * `jsaction`), `target`, `title`, `aria-label`, image sizes... On the slowest
 * pages of the evaluation sets attributes outnumber elements two or three to
 * one. Only attribute nodes go: elements and text are built as before, so the
 * extraction reads the same page (same output on all 598 evaluation pages).
 *
 * Kept are the attributes some stage reads (KEPT, with the readers named):
 * our chrome, wrapper, streamed-page and metadata passes, and Readability
 * (every `getAttribute`, `className`, `id`, `style` and `attributes` read in
 * its source). Some elements keep all of theirs,
 * because Readability reads any attribute of them by its value: embeds
 * (`iframe`, `embed`, `object`, `param`) are kept for a video URL in any
 * attribute, images (`img`, `picture`, `figure`) keep every attribute whose
 * value names an image file, and head elements (`meta`, `link`, `base`,
 * `script`) are metadata. A page with an `<object>` is left whole: Readability
 * reads an object's inner markup, attributes of anything inside it included.
 *
 * The scan follows the tokenizer linkedom parses with (htmlparser2): tags,
 * quoted and unquoted values, comments, declarations, closing tags (which end
 * at the first `>`) and the raw text of `<script>`, `<style>`, `<title>`,
 * `<textarea>` and `<xmp>`. A tag is rewritten only when it loses an
 * attribute; its kept attributes are copied as written, in their order, so
 * the parser builds the same elements with the same kept attributes. At
 * anything left open (a tag or comment that never ends), the rest of the page
 * is passed on as it is.
 */

/** Attributes read by some stage, on any element (compared in lower case; a name with other letters in upper case is kept too). */
const KEPT = new Set([
  // Names that say what an element is (chrome-markup.ts, misleading-names.ts, Readability's class weights).
  'class',
  'id',
  'role',
  // Visibility (Readability's _isProbablyVisible, chrome-markup.ts, wrapper-boxes.ts).
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  // Microdata and bylines (Readability's _isValidByline, wrapper-boxes.ts).
  'itemprop',
  'itemscope',
  'itemtype',
  'rel',
  // Links: Readability weighs a link to "#…" less in its link density.
  'href',
  // Language and direction (metadata.ts, Readability, wrapper-boxes.ts).
  'lang',
  'xml:lang',
  'dir',
  // Metadata on other elements than <meta> (metadata.ts reads <time datetime>).
  'name',
  'content',
  'property',
  'datetime',
  'type',
  // Tables (Readability's _markDataTables).
  'summary',
  'datatable',
  'colspan',
  'rowspan',
  // Media sources (Readability's lazy-image and noscript-image passes).
  'src',
  'srcset',
  'data-src',
  'data-srcset',
  'poster',
]);

/** Elements every attribute of which is kept. */
const ALL_KEPT = new Set(['iframe', 'embed', 'object', 'param', 'meta', 'link', 'base', 'script', 'html']);

/** Elements whose attributes Readability tests for an image file name, whatever the attribute. */
const IMAGE_ELEMENTS = new Set(['img', 'picture', 'figure']);
// `&`: an entity could spell the file name out (".&#106;pg"); such a value is kept unread.
const IMAGE_VALUE = /\.(?:jpg|jpeg|png|webp)|&/i;

/** Elements whose text htmlparser2 reads raw, up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const OBJECT_TAG = /<object[\t\n\f\r />]/i;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

/**
 * `text` in lower case. Names are nearly always lower case already, and on a
 * page with any character beyond Latin-1 `toLowerCase` takes V8's slow path:
 * a scan for A–Z first.
 */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

function endsName(c: number): boolean {
  return c === 47 /* / */ || c === 62 /* > */ || isSpace(c);
}

/** Where a quoted or unquoted attribute value that starts at `at` ends, or -1 when it never does. */
function valueEnd(html: string, at: number): number {
  const quote = html.charCodeAt(at);
  if (quote === 34 /* " */ || quote === 39 /* ' */) {
    const close = html.indexOf(quote === 34 ? '"' : "'", at + 1);
    return close < 0 ? -1 : close + 1;
  }
  let p = at;
  while (p < html.length && !isSpace(html.charCodeAt(p)) && html.charCodeAt(p) !== 62) p++;
  return p < html.length ? p : -1;
}

function skipSpaces(html: string, from: number): number {
  let p = from;
  while (p < html.length && isSpace(html.charCodeAt(p))) p++;
  return p;
}

/** The page being rewritten: the parts kept so far and how far the page has been copied into them. */
interface Rewrite {
  html: string;
  parts: string[];
  copiedTo: number;
}

/** Leave out `html[from, to)`. */
function cut(rewrite: Rewrite, from: number, to: number): void {
  rewrite.parts.push(rewrite.html.slice(rewrite.copiedTo, from));
  rewrite.copiedTo = to;
}

function isKept(tagName: string, name: string, html: string, start: number, end: number): boolean {
  if (KEPT.has(lowerCase(name))) return true;
  if (ALL_KEPT.has(tagName)) return true;
  return IMAGE_ELEMENTS.has(tagName) && IMAGE_VALUE.test(html.slice(start, end));
}

/** Names of the attributes of the tag being read (reused from tag to tag). */
const names: string[] = [];

/**
 * Read the start tag at `at` (a `<` followed by a letter) as htmlparser2 does,
 * cutting the attributes no stage reads. Returns where the tag ends (just
 * after its `>`) and whether its content is raw text, or undefined when the
 * tag never ends.
 */
function readOpenTag(rewrite: Rewrite, at: number): { end: number; rawText: string | undefined } | undefined {
  const { html } = rewrite;
  const n = html.length;
  let p = at + 1;
  while (p < n && !endsName(html.charCodeAt(p))) p++;
  const tagName = lowerCase(html.slice(at + 1, p));
  names.length = 0;
  while (p < n) {
    const c = html.charCodeAt(p);
    if (c === 62) return { end: p + 1, rawText: RAW_TEXT.has(tagName) ? tagName : undefined };
    if (isSpace(c)) {
      p++;
    } else if (c === 47) {
      // A slash followed (after spaces) by `>` closes the tag: no raw text follows; elsewhere it only separates attributes.
      p = skipSpaces(html, p + 1);
      if (html.charCodeAt(p) === 62) return { end: p + 1, rawText: undefined };
    } else {
      // The first character of a name is taken whatever it is (even `=` or a quote).
      const start = p++;
      while (p < n && html.charCodeAt(p) !== 61 && !endsName(html.charCodeAt(p))) p++;
      const name = html.slice(start, p);
      let end = p;
      p = skipSpaces(html, p);
      if (html.charCodeAt(p) === 61 /* = */) {
        end = valueEnd(html, skipSpaces(html, p + 1));
        if (end < 0) return undefined;
        p = end;
      }
      // The parser keeps the first of two attributes of one name, so a repeat goes whatever its name.
      const repeated = names.includes(name);
      names.push(name);
      // After a name without a value, spaces and a `=` would give that name the value: such an attribute stays.
      const joinsNeighbours = html.charCodeAt(skipSpaces(html, end)) === 61;
      if ((repeated || !isKept(tagName, name, html, start, end)) && !joinsNeighbours) cut(rewrite, start, end);
    }
  }
  return undefined;
}
/** Where the markup that starts with `<` at `at` and is no start tag ends (just after it), or -1 when it never does. */
function otherMarkupEnd(html: string, at: number): number {
  const next = html.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
    if (html.startsWith('<!--', at)) {
      // The opening dashes count towards the closing `-->`: "<!-->" is a whole comment.
      const close = html.indexOf('-->', at + 2);
      return close < 0 ? -1 : close + 3;
    }
    if (html.startsWith('<![CDATA[', at)) {
      const close = html.indexOf(']]>', at + 9);
      return close < 0 ? -1 : close + 3;
    }
    // A declaration; the character after "<!" (or "<!-") is taken as part of it, even a `>`.
    const close = html.indexOf('>', at + (html.charCodeAt(at + 2) === 45 ? 4 : 3));
    return close < 0 ? -1 : close + 1;
  }
  // A closing tag, `</` + anything, or a processing instruction: up to the first `>`.
  const close = html.indexOf('>', at + 2);
  return close < 0 ? -1 : close + 1;
}

/** Where the raw text of a `name` element that starts at `from` ends: just after its closing tag, or -1. */
function rawTextEnd(html: string, from: number, name: string): number {
  const closing = new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  if (!match) return -1;
  const close = html.indexOf('>', match.index + 2);
  return close < 0 ? -1 : close + 1;
}

export function withoutUnreadAttributes(html: string): string {
  if (OBJECT_TAG.test(html)) return html;
  const rewrite: Rewrite = { html, parts: [], copiedTo: 0 };
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length - 1) {
    const next = html.charCodeAt(at + 1);
    let end: number;
    if (isLetter(next)) {
      const copied = { parts: rewrite.parts.length, to: rewrite.copiedTo };
      const tag = readOpenTag(rewrite, at);
      if (!tag) {
        // A tag that never ends: the parser takes the rest as it is, and so do we.
        rewrite.parts.length = copied.parts;
        rewrite.copiedTo = copied.to;
        break;
      }
      end = tag.rawText ? rawTextEnd(html, tag.end, tag.rawText) : tag.end;
    } else if (next === 33 || next === 47 || next === 63 /* ? */) {
      end = otherMarkupEnd(html, at);
    } else {
      // A `<` that starts nothing is text.
      end = at + 1;
    }
    if (end < 0) break;
    at = html.indexOf('<', end);
  }
  if (rewrite.copiedTo === 0) return html;
  rewrite.parts.push(html.slice(rewrite.copiedTo));
  return rewrite.parts.join('');
}
