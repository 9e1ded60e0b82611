import type { Readability } from '@mozilla/readability';

/**
 * The two copies of the page Readability serialises and extraction never
 * uses, left out on the instance we create.
 *
 * - At the start of `_grabArticle` it keeps `page.innerHTML` (the whole body
 *   as markup) so that, if the article it finds is too short, it can rebuild
 *   the body from that copy and try again with fewer of its filters. 568 of
 *   the 598 evaluation pages need no second try, and on a large page the copy
 *   is the body's whole markup, a string big enough to get an allocation of
 *   its own (5% of the time of the slowest pages, 2% of a median page). Here
 *   the copy is not taken: the body answers a placeholder, and if Readability
 *   writes the placeholder back (it needs the copy after all), `PageCopyNeeded`
 *   is thrown so that the caller can build the document again and read it
 *   with the copy kept (`keepPageCopy`), which is Readability's own path.
 * - `parse()` builds its debug line `"Grabbed: " + article.innerHTML` whether
 *   or not debugging is on. That one read of the article's markup gets an
 *   empty string; the next reads get the markup.
 */

/** Thrown when Readability needs the copy of the page that was not taken: read the page again with `keepPageCopy`. */
export class PageCopyNeeded extends Error {
  constructor() {
    super('Readability needs its copy of the page for a second try');
    this.name = 'PageCopyNeeded';
  }
}

/** What the body answers for its markup while Readability looks for the article. */
const NO_PAGE_COPY = '<!-- no copy of the page was taken -->';

interface GrabInternals {
  _doc: Document;
  _grabArticle(page?: Element | null): Element | null;
}

/** A property of `element` that shadows linkedom's `innerHTML` until it removes itself. */
function shadowInnerHtml(element: Element, get: () => string, set: (value: string) => void): void {
  Object.defineProperty(element, 'innerHTML', { configurable: true, enumerable: false, get, set });
}

function unshadowInnerHtml(element: Element): void {
  delete (element as { innerHTML?: string }).innerHTML;
}

/** Leave out Readability's unread copies of the page on `reader`; returns `reader`. */
export function withoutUnreadCopies(reader: Readability<Element>, keepPageCopy: boolean): Readability<Element> {
  const internals = reader as unknown as GrabInternals;
  const grabArticle = internals._grabArticle;
  internals._grabArticle = function (page) {
    const body = keepPageCopy ? null : (page ?? this._doc.body);
    if (body) {
      shadowInnerHtml(
        body,
        () => NO_PAGE_COPY,
        (value) => {
          if (value === NO_PAGE_COPY) throw new PageCopyNeeded();
          unshadowInnerHtml(body);
          body.innerHTML = value;
        },
      );
    }
    let article: Element | null;
    try {
      article = grabArticle.call(this, page);
    } finally {
      if (body) unshadowInnerHtml(body);
    }
    if (article) {
      const content = article;
      shadowInnerHtml(
        content,
        () => {
          unshadowInnerHtml(content);
          return '';
        },
        (value) => {
          unshadowInnerHtml(content);
          content.innerHTML = value;
        },
      );
    }
    return article;
  };
  return reader;
}
