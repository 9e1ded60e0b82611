import { HEADING_TAGS } from './heading-tags';
import { ELEMENT_NODE, TEXT_NODE } from './node-types';

/**
 * A DOM subtree to paragraphs, one per block.
 *
 * `textContent` glues paragraphs together ("end.Next"), so the tree is walked
 * instead: inline text accumulates, and every block element boundary (or a
 * `<br>`) closes the current paragraph. Whitespace is normalised within a
 * paragraph only.
 */

/** Elements that start a new paragraph when entered and when left. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  ...HEADING_TAGS,
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);

/** Table cells are inline: a row reads as one line ("1 Kyle Busch 5040"), not one paragraph per number. */
const CELL_TAGS = new Set(['TD', 'TH']);

/** Elements whose text is never prose. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);

/** A paragraph plus the element that holds it, so callers can judge it by its markup too. */
export interface Block {
  text: string;
  /** Innermost block element that contains the text. */
  element: Element;
  /** Characters of the text that sit inside links. */
  linkChars: number;
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

export function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  let buffer = '';
  let linkChars = 0;
  let owner: Element = root;

  const flush = () => {
    const text = normalizeSpace(buffer);
    if (text) out.push({ text, element: owner, linkChars: Math.min(linkChars, text.length) });
    buffer = '';
    linkChars = 0;
  };

  const walk = (node: Node, inLink: boolean, block: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (!buffer.trim()) owner = block;
        buffer += value;
        if (inLink) linkChars += value.trim().length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (CELL_TAGS.has(tag)) {
        buffer += ' ';
        walk(el, inLink, block);
        buffer += ' ';
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(el, inLink, el);
        flush();
      } else {
        walk(el, inLink || tag === 'A', block);
      }
    }
  };

  walk(root, false, root);
  flush();
  return out;
}
