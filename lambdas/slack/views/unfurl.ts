import type { Quote } from '../../core/article';
import { articleCard, type CardArticle } from './article-card';

/** A quote's `confidence` (0–1) when the quote finder gives one; below this an unfurl shows no quote. */
export const UNFURL_QUOTE_CONFIDENCE = 0.7;

/** Sentences of the summary an unfurl shows: a preview under someone's message, not the whole summary. */
const UNFURL_SENTENCES = 3;

/**
 * The quote an unfurl may show: whole, attributed, and confident. An unfurl
 * speaks in a channel for everyone, so a doubtful speaker is left out rather
 * than put next to words they may not have said.
 */
export function confidentQuote(quotes: readonly Quote[] | undefined): Quote | undefined {
  return quotes?.find((quote) => {
    if (!quote.speaker || quote.partial) return false;
    const confidence = (quote as { confidence?: unknown }).confidence;
    return typeof confidence !== 'number' || confidence >= UNFURL_QUOTE_CONFIDENCE;
  });
}

/**
 * One link's unfurl (`chat.unfurl` takes them keyed by URL): the card as it
 * appears in a channel (headline, source, date, summary, the confident key
 * quote, and Quotes / Full summary, without Share). Escaped by the card.
 */
export function articleUnfurl(article: CardArticle): { blocks: unknown[] } {
  const quote = confidentQuote(article.quotes);
  const summary = article.summary && { ...article.summary, sentences: article.summary.sentences.slice(0, UNFURL_SENTENCES) };
  const card = articleCard({ ...article, summary, quotes: quote ? [quote] : [] }, { buttons: 'shared' });
  return { blocks: card.blocks };
}
