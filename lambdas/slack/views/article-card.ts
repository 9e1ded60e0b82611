import type { Quote, Summary } from '../../core/article';
import { escapeText, link } from '../escape';

/** Section text limit is 3,000 characters; stay clear of it. */
const SECTION_LIMIT = 2900;

function clip(text: string, max = SECTION_LIMIT): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** What the card shows: a stored article or a listing of one (no body needed). */
export interface CardArticle {
  id: string;
  title?: string;
  url?: string;
  site?: string;
  publishedAt?: string;
  ingestedAt?: string;
  summary?: Summary;
  quotes?: Quote[];
}

/**
 * The article card: title linked to the source, site and date, the summary
 * as bullets, the key quote with its speaker. Every article text is escaped.
 */
export function articleCard(article: CardArticle): { text: string; blocks: unknown[] } {
  const title = article.summary?.headline || article.title || 'Untitled article';
  const context = [article.site, formatDate(article.publishedAt ?? article.ingestedAt), `id \`${article.id}\``]
    .filter(Boolean)
    .map((part) => escapeText(String(part)));
  const bullets = (article.summary?.sentences ?? []).map((s) => `• ${escapeText(s.text)}`).join('\n');
  const keyQuote = article.quotes?.find((q) => q.speaker && !q.partial) ?? article.quotes?.find((q) => q.speaker);
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*${link(article.url, title)}*`) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: clip(context.join(' · ')) }] },
  ];
  if (bullets) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(bullets) } });
  if (keyQuote) {
    const who = [keyQuote.speaker, keyQuote.speakerRole].filter(Boolean).map((s) => escapeText(String(s))).join(', ');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`> “${escapeText(keyQuote.text)}”\n> — ${who}`) } });
  }
  return { text: escapeText(title), blocks };
}
