import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksOf, type Block } from './blocks';
import { isChromeLine, removeBoilerplateElements } from './boilerplate';
import type { ExtractedArticle } from './extracted';
import { completeMetadata, readMetadata } from './metadata';

/** Insert `<base href>` so Readability resolves relative links (linkedom has no document URL). */
function withBase(document: Document, url: string | undefined): void {
  if (!url || !/^https?:\/\//i.test(url)) return;
  const head = document.head ?? document.documentElement;
  if (!head || document.querySelector('base[href]')) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}

/** Short lines seen more than once in one article are furniture (repeated credits, hover-card names, "Advert"). */
const REPEAT_MAX_CHARS = 80;

function storyBlocks(blocks: Block[]): string[] {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.text.length <= REPEAT_MAX_CHARS) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return blocks
    .filter((b) => !(b.text.length <= REPEAT_MAX_CHARS && (counts.get(b.text) ?? 0) > 1))
    .filter((b) => !isChromeLine(b.text))
    .map((b) => b.text);
}

/** HTML page to story paragraphs with Readability on linkedom. */
export function extractHtml(html: string, meta: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const titleTag = document.querySelector('title')?.textContent;
  const declared = readMetadata(document, meta.url);
  withBase(document, meta.url);
  if (document.body) removeBoilerplateElements(document.body);
  const parsed = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element }).parse();
  const paragraphs = parsed?.content ? storyBlocks(blocksOf(parsed.content)) : [];
  const article = completeMetadata(declared, {
    title: parsed?.title || titleTag,
    byline: parsed?.byline,
    siteName: parsed?.siteName,
    lang: parsed?.lang,
    publishedTime: parsed?.publishedTime,
  });
  return { ...article, paragraphs };
}
