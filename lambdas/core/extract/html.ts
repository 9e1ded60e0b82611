import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from './extracted';

/** HTML page to story paragraphs with Readability on linkedom. */
export function extractHtml(html: string, meta: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const { document: content } = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`);
  const paragraphs = [...content.querySelectorAll('p, h2, h3, li, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: parsed?.title ?? undefined, byline: parsed?.byline ?? undefined, url: meta.url, paragraphs };
}
