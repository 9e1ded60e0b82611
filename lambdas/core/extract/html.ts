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

/**
 * A short linked line seen more than once in one article is furniture: a
 * hover card repeating a person's name, a "Buy now" button per product.
 * Unlinked repeats are kept: recipes and schedules repeat headings legitimately.
 */
const REPEAT_MAX_CHARS = 80;

/**
 * A short block that is (nearly) all link and not a sentence: a related-story
 * teaser or a navigation item left inside the article container.
 */
function isTeaserLink(block: Block): boolean {
  return block.text.length <= 160 && block.linkChars >= block.text.length * 0.8 && !/[.!?]["”’]?$/.test(block.text);
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The page's own summary (og:description / description), to recognise a standfirst repeated above the story. */
function descriptionOf(document: Document): string | undefined {
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:description' || key === 'description' || key === 'twitter:description') {
      const content = el.getAttribute('content');
      if (content && content.length >= 40) return comparable(content);
    }
  }
  return undefined;
}

/**
 * Remove a standfirst that repeats the page description: a deck set apart
 * from the story's paragraphs (a heading or a div, before Readability turns
 * such divs into <p>s). Many pages use their first story paragraph as the
 * description; that one is a <p> and stays.
 */
function removeDeck(root: Element, description: string): void {
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.length >= 40 && comparable(value) === description) {
          const holder = child.parentNode as Element | null;
          // Only an element that holds nothing but the deck: never a container with the story inside.
          if (holder && holder !== root && !holder.closest('p') && comparable(holder.textContent ?? '') === description) {
            holder.remove();
            return true;
          }
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'P' && visit(child)) return true;
      }
    }
    return false;
  };
  visit(root);
}

function storyBlocks(blocks: Block[]): string[] {
  const counts = new Map<string, number>();
  const isShortLink = (b: Block) => b.text.length <= REPEAT_MAX_CHARS && b.linkChars >= b.text.length * 0.5;
  for (const b of blocks) if (isShortLink(b)) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return blocks
    .filter((b) => !(isShortLink(b) && (counts.get(b.text) ?? 0) > 1))
    .filter((b) => !isChromeLine(b.text))
    .filter((b) => !isTeaserLink(b))
    .map((b) => b.text);
}

/** HTML page to story paragraphs with Readability on linkedom. */
export function extractHtml(html: string, meta: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const titleTag = document.querySelector('title')?.textContent;
  const declared = readMetadata(document, meta.url);
  const description = descriptionOf(document);
  withBase(document, meta.url);
  if (document.body) {
    removeBoilerplateElements(document.body);
    if (description) removeDeck(document.body, description);
  }
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
