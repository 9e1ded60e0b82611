import { type MarkupText, markupOf } from './markup-chunks';

/**
 * One scan of an HTML page as htmlparser2 (linkedom's parser) tokenizes it,
 * cutting what the caller's rules say the parser need not see: whole
 * elements, comments, attributes. The output is one new string, whatever is
 * cut: on this runtime a string over 128 KB gets an allocation of its own,
 * and touching fresh memory costs more per byte than the scan, so cutting
 * everything in one pass matters on large pages.
 *
 * The scan follows the tokenizer: start tags (names, quoted and unquoted
 * values, `/>`), the raw text of `<script>`, `<style>`, `<title>`,
 * `<textarea>` and `<xmp>` (up to their closing tag), comments, CDATA,
 * declarations and processing instructions, and closing tags (which end at
 * the first `>`). Whatever is kept is copied as written, in its order. At
 * anything left open (a tag, comment or raw text that never ends) the rest of
 * the page is passed on as it is.
 */

export interface MarkupRules {
  /**
   * Elements cut whole, start tag to closing tag (names in lower case), unless
   * `keepsElement` says otherwise for a start tag (its text as written).
   */
  elements?: { names: ReadonlySet<string>; keepsElement(tag: string): boolean };
  /** Whether comments are cut. */
  comments?: boolean;
  /** Whether the attribute `html[start, end)` named `name` of a `tagName` element (in lower case) is kept. */
  keepsAttribute?(tagName: string, name: string, html: string, start: number, end: number): boolean;
}

/** Elements whose text htmlparser2 reads raw, up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

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
export function lowerCase(text: string): string {
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

/** The lower-case name of the start tag at `at`. */
function tagNameAt(html: string, at: number): string {
  let p = at + 1;
  while (p < html.length && !endsName(html.charCodeAt(p))) p++;
  return lowerCase(html.slice(at + 1, p));
}

/** Names of the attributes of the tag being read (reused from tag to tag). */
const names: string[] = [];

/**
 * Read the start tag at `at` (a `<` followed by a letter) as htmlparser2 does,
 * cutting the attributes `keeps` does not keep. Returns the tag's name and
 * where it ends (just after its `>`), or undefined when it never ends.
 */
function readOpenTag(
  rewrite: Rewrite,
  at: number,
  keeps: MarkupRules['keepsAttribute'],
): { name: string; end: number; selfClosing: boolean } | undefined {
  const { html } = rewrite;
  const n = html.length;
  let p = at + 1;
  const tagName = tagNameAt(html, at);
  p += tagName.length;
  names.length = 0;
  while (p < n) {
    const c = html.charCodeAt(p);
    if (c === 62) return { name: tagName, end: p + 1, selfClosing: false };
    if (isSpace(c)) {
      p++;
    } else if (c === 47) {
      // A slash followed (after spaces) by `>` closes the tag; elsewhere it only separates attributes.
      p = skipSpaces(html, p + 1);
      if (html.charCodeAt(p) === 62) return { name: tagName, end: p + 1, selfClosing: true };
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
      if (!keeps) continue;
      // The parser keeps the first of two attributes of one name, so a repeat goes whatever its name.
      const repeated = names.includes(name);
      names.push(name);
      // After a name without a value, spaces and a `=` would give that name the value: such an attribute stays.
      const joinsNeighbours = html.charCodeAt(skipSpaces(html, end)) === 61;
      if ((repeated || !keeps(tagName, name, html, start, end)) && !joinsNeighbours) cut(rewrite, start, end);
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

/**
 * Just after the closing tag of a `name` element whose content starts at
 * `from`, or -1. Raw text ends at the first `</name` followed by a space or
 * `>`, as the tokenizer ends it; other elements at their first `</name`.
 */
function elementEnd(html: string, from: number, name: string): number {
  const closing = new RegExp(RAW_TEXT.has(name) ? `</${name}[\\t\\n\\f\\r >]` : `</${name}`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  if (!match) return -1;
  const close = html.indexOf('>', match.index + 2);
  return close < 0 ? -1 : close + 1;
}

/** `html` less what `rules` cut. */
export function cutMarkup(html: string, rules: MarkupRules): string {
  const parts = keptParts(html, rules);
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/**
 * `html` less what `rules` cut, as markup-chunks.ts holds it: a long result
 * is never joined into one string (see there why).
 */
export function cutMarkupInChunks(html: string, rules: MarkupRules): MarkupText {
  return markupOf(keptParts(html, rules));
}

/** The pieces of `html` that `rules` keep, in order (`[html]` when nothing is cut). */
function keptParts(html: string, rules: MarkupRules): string[] {
  const rewrite: Rewrite = { html, parts: [], copiedTo: 0 };
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length - 1) {
    const next = html.charCodeAt(at + 1);
    let end: number;
    if (isLetter(next)) {
      const copied = { parts: rewrite.parts.length, to: rewrite.copiedTo };
      // A candidate for a whole cut is read first as it is; any other tag with the attribute rule.
      const whole = rules.elements?.names.has(tagNameAt(html, at)) ? rules.elements : undefined;
      let tag = readOpenTag(rewrite, at, whole ? undefined : rules.keepsAttribute);
      if (tag && whole && !whole.keepsElement(html.slice(at, tag.end))) {
        // `<svg/>` is closed by its slash (foreign content); `<script/>` is not, in HTML.
        end = tag.selfClosing && !RAW_TEXT.has(tag.name) ? tag.end : elementEnd(html, tag.end, tag.name);
        if (end >= 0) cut(rewrite, at, end);
      } else {
        if (tag && whole && rules.keepsAttribute) tag = readOpenTag(rewrite, at, rules.keepsAttribute);
        if (!tag) {
          // A tag that never ends: the parser takes the rest as it is, and so do we.
          rewrite.parts.length = copied.parts;
          rewrite.copiedTo = copied.to;
          break;
        }
        end = RAW_TEXT.has(tag.name) && !tag.selfClosing ? elementEnd(html, tag.end, tag.name) : tag.end;
      }
    } else if (next === 33 || next === 47 || next === 63 /* ? */) {
      end = otherMarkupEnd(html, at);
      if (end >= 0 && rules.comments && html.startsWith('<!--', at)) cut(rewrite, at, end);
    } else {
      // A `<` that starts nothing is text.
      end = at + 1;
    }
    if (end < 0) break;
    at = html.indexOf('<', end);
  }
  if (rewrite.copiedTo === 0) return [html];
  rewrite.parts.push(html.slice(rewrite.copiedTo));
  return rewrite.parts;
}

/** Just after the start tag at `at` (a `<` followed by a letter), read as the parser reads it, or -1 when it never ends. */
export function startTagEnd(html: string, at: number): number {
  return readOpenTag({ html, parts: [], copiedTo: 0 }, at, undefined)?.end ?? -1;
}
