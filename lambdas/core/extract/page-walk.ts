import { isMarkedChrome } from './chrome-before-parse';
import { isQuote, protectEmbeddedPost } from './chrome-markup';
import { flattenCode, isMarkedUpCode } from './code-blocks';
import { type DeclaringElements, noDeclaringElements, recordDeclaring } from './declaring-elements';
import { forEachElementIn } from './linkedom-walk';
import { hasMisleadingName, neutraliseMisleadingName } from './misleading-names';

/**
 * The steps between parsing a page whose chrome was judged before parsing
 * (chrome-before-parse.ts) and Readability, from one walk of the document.
 *
 * They were a walk each: the declaring elements (declaring-elements.ts),
 * then in the body the code blocks to flatten (code-blocks.ts), the marked
 * chrome to remove, the quotes whose wrappers are renamed (chrome-markup.ts),
 * the misleading names (misleading-names.ts) and a count of the elements
 * left. On a large page each walk costs in proportion to its elements, and
 * together they were about a tenth of its time. Here one walk finds what each
 * step acts on, and the steps then act in their old order, so each sees the
 * tree it saw before:
 * - the declaring elements are found in the whole page as it was parsed;
 * - what is inside a code block with markup, or inside marked chrome, is
 *   gone before the later steps look (the marked element itself goes, the
 *   code block stays, as text);
 * - quotes rename their wrappers before names are rewritten; renaming only
 *   drops names, so what is found to rewrite before it is enough, and each
 *   element found is checked again when its turn comes.
 */
export interface PageWalk {
  /** The declaring elements of the page as parsed. */
  declaring: DeclaringElements;
  /** The elements under the body once `prepareBody` has run. */
  elements: number;
  /** Flatten the code blocks, remove the marked chrome, rename embedded posts' wrappers and misleading names. */
  prepareBody(): void;
}

/** Where an element stands for the walk, which says which steps look at it. */
type Place = typeof PAGE | typeof BODY | typeof GOING;
/** Outside the body: its declaring elements only. */
const PAGE = 0;
/** In the body: every step. */
const BODY = 1;
/** Inside a code block to flatten or marked chrome: gone from the body before the body's steps run. */
const GOING = 2;

/** One walk of `document`, its body `body` (none: nothing to prepare); `marks`: whether any chrome was marked. */
export function walkPage(document: Document, body: Element | null, marks: boolean): PageWalk {
  const declaring = noDeclaringElements();
  const codeBlocks: Element[] = [];
  const marked: Element[] = [];
  const quotes: Element[] = [];
  const misnamed: Element[] = [];
  let elements = 0;
  forEachElementIn<Place>(document, PAGE, (el, place) => {
    recordDeclaring(declaring, el);
    if (place !== BODY) return el === body ? BODY : place;
    if (marks && isMarkedChrome(el)) {
      marked.push(el);
      return GOING;
    }
    elements++;
    if (isQuote(el)) quotes.push(el);
    if (hasMisleadingName(el)) misnamed.push(el);
    if (!isMarkedUpCode(el)) return BODY;
    codeBlocks.push(el);
    return GOING;
  });
  const prepareBody = () => {
    if (!body) return;
    for (const pre of codeBlocks) flattenCode(pre);
    for (const el of marked) el.remove();
    for (const quote of quotes) protectEmbeddedPost(quote, body);
    for (const el of misnamed) neutraliseMisleadingName(el);
  };
  return { declaring, elements, prepareBody };
}
