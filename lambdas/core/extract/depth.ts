import { ELEMENT_NODE, TEXT_NODE } from './node-types';
import { chunksOf, type MarkupText } from './markup-chunks';
import { lowerCase } from './markup-scan';

/**
 * A guard against HTML bombs: pages nested thousands of elements deep.
 *
 * Readability, CSS selector matching and the block walker all recurse or
 * rescan ancestors per node, so a page of 1,000 nested `<div>`s took about
 * 10 s to extract and 10,000 overflowed the stack. Real pages stay far below
 * MAX_DOM_DEPTH; anything deeper is rebuilt, right after parsing, as one
 * paragraph per block of text at that depth, so the rest of the pipeline
 * sees a shallow tree. This walk itself is iterative.
 */
export const MAX_DOM_DEPTH = 128;

/**
 * The HTML parser itself (linkedom) slows down with depth: 100,000 nested
 * tags took 16 s to parse. So before parsing, tags opened beyond this naive
 * depth (open tags minus close tags, void elements aside) are dropped with
 * their matching close tags; their text stays. Sloppy pages with unclosed
 * `<p>`s count deeper than they are, hence the wide margin; a page that never
 * gets this deep is passed on unchanged, byte for byte.
 */
export const MAX_MARKUP_DEPTH = 1000;

/** Elements with no closing tag: they open no depth. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
// No `<` inside a tag: with `[^>]*`, a page of "<a<a<a…" and no `>` was rescanned to its end from every `<` (quadratic).
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

export function limitMarkupNesting(html: string, maxDepth?: number): string;
export function limitMarkupNesting(html: MarkupText, maxDepth?: number): MarkupText;
export function limitMarkupNesting(html: MarkupText, maxDepth = MAX_MARKUP_DEPTH): MarkupText {
  if (html.length < maxDepth * 3) return html;
  if (!overflows(html, maxDepth)) return html;
  let depth = 0;
  // A dropped inline tag leaves a space so words do not merge; a dropped block tag leaves a
  // <br> (void: no depth) so paragraphs stay apart. Runs of either collapse to one.
  const stand = (name: string) => (INLINE.has(name.toUpperCase()) ? ' ' : '<br>');
  // A page this deep is rewritten whole, as one string.
  return (
    String(html)
      .replace(TAG, (tag, close: string, name: string, selfClose: string) => {
        if (close) {
          const dropped = depth > maxDepth;
          depth = Math.max(0, depth - 1);
          return dropped ? stand(name) : tag;
        }
        if (selfClose || VOID_ELEMENTS.has(name.toLowerCase())) return depth >= maxDepth ? ' ' : tag;
        return ++depth > maxDepth ? stand(name) : tag;
      })
      // Spaces first, and each <br> run anchored on a literal <br>: `(?:\s*<br>){2,}` backtracked
      // quadratically over 50,000 spaces (2 s for a span bomb).
      .replace(/ {64,}/g, ' ')
      .replace(/<br>(?:\s*<br>)+/g, '<br>')
  );
}

const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
/** A character of TAG's name: a letter, a digit, `:` or `-`. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 45;

/** How far `scanDepth` got: the naive depth, and where a tag that runs past the end of the text starts (-1: none). */
interface DepthScan {
  depth: number;
  unfinished: number;
}

/**
 * Whether the naive depth (TAG's open tags minus its close tags) passes
 * `maxDepth` anywhere: the tags TAG matches, found without a match object per
 * tag (a large page has tens of thousands and is nearly never that deep).
 * Markup in chunks (markup-chunks.ts) is scanned chunk by chunk, a tag cut by
 * the end of a chunk read again with the next one.
 */
function overflows(html: MarkupText, maxDepth: number): boolean {
  const chunks = chunksOf(html);
  const scan: DepthScan = { depth: 0, unfinished: -1 };
  // A tag the last chunk ended inside of, from its `<`.
  let carried = '';
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const last = i === chunks.length - 1;
    if (carried) {
      // The tag runs on to the first `<` or `>` of this chunk (no `<` comes before that in it): read it alone.
      const end = firstAngle(chunk);
      if (end < 0 && !last) {
        carried += chunk;
        continue;
      }
      if (scanDepth(carried + chunk.slice(0, end < 0 ? chunk.length : end + 1), scan, maxDepth, true)) return true;
      carried = '';
    }
    if (scanDepth(chunk, scan, maxDepth, last)) return true;
    if (scan.unfinished >= 0) carried = chunk.slice(scan.unfinished);
  }
  return false;
}

/** Where the first `<` or `>` of `text` is, or -1. */
function firstAngle(text: string): number {
  const open = text.indexOf('<');
  const close = text.indexOf('>', 0);
  if (open < 0) return close;
  return close < 0 ? open : Math.min(open, close);
}

/**
 * `overflows` on one string, from `scan.depth`. A tag runs from `<` (then an
 * optional `/` and a name) to the first `>` with no `<` before it; it closes
 * itself when a `/` stands before that `>`. Unless the text is the `last`
 * of the markup, a tag still being read at its end is left to the next scan
 * (`scan.unfinished`).
 */
function scanDepth(html: string, scan: DepthScan, maxDepth: number, last: boolean): boolean {
  scan.unfinished = -1;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    let p = at + 1;
    const closing = html.charCodeAt(p) === 47;
    if (closing) p++;
    if (!isLetter(html.charCodeAt(p))) {
      if (p >= html.length && !last) scan.unfinished = at;
      continue;
    }
    const nameStart = p;
    while (p < html.length && isNameChar(html.charCodeAt(p))) p++;
    const nameEnd = p;
    while (p < html.length && html.charCodeAt(p) !== 60 && html.charCodeAt(p) !== 62) p++;
    if (p >= html.length && !last) {
      scan.unfinished = at;
      break;
    }
    if (html.charCodeAt(p) !== 62) continue;
    if (closing) scan.depth = Math.max(0, scan.depth - 1);
    else if (
      html.charCodeAt(p - 1) !== 47 &&
      !VOID_ELEMENTS.has(lowerCase(html.slice(nameStart, nameEnd))) &&
      ++scan.depth > maxDepth
    )
      return true;
  }
  return false;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
]);

/** Flatten every subtree that starts deeper than `maxDepth`; returns how many subtrees were flattened. */
export function flattenDeepNesting(root: Node, maxDepth = MAX_DOM_DEPTH): number {
  let flattened = 0;
  // linkedom's doctype has no nextSibling, so a document is walked from its root element.
  const start = (root as Document).documentElement
    ? { node: (root as Document).documentElement as Node, depth: 1 }
    : { node: root, depth: 0 };
  const stack: Array<{ node: Node; depth: number }> = [start];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      if (depth + 1 >= maxDepth) {
        flattenInto(child as Element);
        flattened++;
      } else {
        stack.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return flattened;
}

/** Replace an element's subtree with one `<p>` per run of text between block boundaries. */
function flattenInto(element: Element): void {
  const paragraphs: string[] = [];
  let current = '';
  const close = () => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  // Iterative pre-order walk; a block element's start and end (null on the stack) close the current paragraph.
  const stack: Array<Node | null> = [];
  for (let c = element.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      close();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = tag === 'BR' || !INLINE.has(tag);
    if (block) {
      close();
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  close();
  const document = element.ownerDocument;
  const replacement = paragraphs.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  element.replaceChildren(...replacement);
}
